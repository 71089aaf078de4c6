namespace Inspection.Search.Query;

/// <summary>A required clause: one text, or several joined by OR of which one must match.</summary>
public sealed record QueryClause(IReadOnlyList<QueryText> Alternatives);

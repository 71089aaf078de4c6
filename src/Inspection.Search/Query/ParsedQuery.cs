namespace Inspection.Search.Query;

/// <summary>The user's query understood: required clauses, exclusions, filters, and notes explaining anything that was ignored or repaired.</summary>
public sealed record ParsedQuery(
    IReadOnlyList<QueryClause> Clauses,
    IReadOnlyList<QueryText> Exclusions,
    QueryFilters Filters,
    IReadOnlyList<string> Notes);

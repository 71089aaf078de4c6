namespace Inspection.Readiness.Coverage;

/// <summary>What one theme's matches add up to: passages, documents, documents by kind and the latest document date.</summary>
internal sealed record ThemeCounts(int Passages, int Documents, DateOnly? Latest, IReadOnlyDictionary<string, int> ByKind);

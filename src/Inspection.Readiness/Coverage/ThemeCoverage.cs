namespace Inspection.Readiness.Coverage;

/// <summary>What the store holds for one theme: counts, by kind of evidence, how recent, and the gaps.</summary>
public sealed record ThemeCoverage(
    string Id,
    string Title,
    string? ParentId,
    int Passages,
    int Documents,
    DateOnly? LatestEvidence,
    IReadOnlyDictionary<string, int> ByKind,
    IReadOnlyList<CoverageGap> Gaps);

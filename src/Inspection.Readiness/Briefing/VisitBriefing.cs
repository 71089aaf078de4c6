using Inspection.Readiness.Coverage;
using Inspection.Readiness.Findings;

namespace Inspection.Readiness.Briefing;

/// <summary>
/// One page for a framework area or theme before a visit: what inspectors said (findings and verdicts with their source),
/// the actions and their RAG, the latest audits, impact statements and performance data, and the gaps.
/// </summary>
public sealed record VisitBriefing(
    string ThemeId,
    string ThemeTitle,
    string? Criteria,
    DateTime GeneratedUtc,
    IReadOnlyList<TrackedFinding> Findings,
    IReadOnlyList<TrackedAction> Actions,
    IReadOnlyList<BriefingEvidence> Audits,
    IReadOnlyList<BriefingEvidence> ImpactStatements,
    IReadOnlyList<BriefingEvidence> PerformanceData,
    IReadOnlyList<CoverageGap> Gaps)
{
    /// <summary>The authority the briefing is about (ours, or the organisation asked for); null when none is set.</summary>
    public string? Authority { get; init; }

    /// <summary>What inspectors said of other organisations on this theme (peers' letters kept for comparison), never counted as ours.</summary>
    public IReadOnlyList<TrackedFinding> Elsewhere { get; init; } = [];

    /// <summary>The highest classification of the documents the briefing draws on (its protective marking follows it).</summary>
    public string Classification { get; init; } = Content.Evidence.Classifications.Official;
}

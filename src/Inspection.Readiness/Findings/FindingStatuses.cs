namespace Inspection.Readiness.Findings;

/// <summary>Where a tracked finding stands, as stored (invariant ids).</summary>
public static class FindingStatuses
{
    public const string Open = "open";
    public const string InProgress = "in-progress";
    public const string EvidenceOfImpact = "evidence-of-impact";
    public const string Closed = "closed";

    /// <summary>A later visit judged that sufficient progress had been made on the matter (a revisit's verdict).</summary>
    public const string Addressed = "addressed";

    public static IReadOnlyList<string> All { get; } = [Open, InProgress, EvidenceOfImpact, Addressed, Closed];
}

using Inspection.Content.Evidence;

namespace Inspection.Readiness.Findings;

/// <summary>
/// A finding as a leader tracks it: what the inspectorate said (and where), its status, linked actions and evidence,
/// and the same matter's history across visits (earlier and later findings, oldest first).
/// </summary>
public sealed record TrackedFinding(
    Finding Finding,
    string? SourceFile,
    string? DocumentTitle,
    string Status,
    IReadOnlyList<TrackedAction> Actions,
    IReadOnlyList<LinkedEvidence> Evidence,
    IReadOnlyList<Finding> History)
{
    /// <summary>The revisit verdict (a finding of <see cref="History"/>) that moved this finding to addressed, if one did.</summary>
    public string? AddressedByVerdictId { get; init; }

    /// <summary>The organisation its document names (the authority the letter is about), when recognised.</summary>
    public string? Organisation { get; init; }
}

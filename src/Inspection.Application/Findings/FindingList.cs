using Inspection.Readiness.Findings;

namespace Inspection.Application.Findings;

/// <summary>The findings a caller chose (newest visit first) and every visit they could choose from, newest first.</summary>
public sealed record FindingList(IReadOnlyList<TrackedFinding> Findings, IReadOnlyList<FindingVisit> Visits);

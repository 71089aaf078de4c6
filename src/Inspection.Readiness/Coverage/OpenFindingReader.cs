using Inspection.Content.Evidence;
using Inspection.Readiness.Access;
using Inspection.Readiness.Authority;
using Inspection.Readiness.Findings;

namespace Inspection.Readiness.Coverage;

/// <summary>
/// Lists the tracked findings that still need acting on (recommendations, areas for improvement or priority action,
/// significant weaknesses) that a reader of these classifications may see, with whether each has a linked action and
/// evidence of impact dated after its visit (counting only the actions and evidence the reader may see). Only our
/// authority's findings are ours to act on: a peer's letter kept for comparison leaves no gap of ours.
/// </summary>
public sealed class OpenFindingReader(IFindingTracker tracker, AccessPolicy access, OurAuthority authority)
{
    // The revisit verdict the enrichment stores when an area has made sufficient progress.
    private const string SufficientProgress = "sufficient";

    private static readonly HashSet<string> ActionableKinds = new(StringComparer.Ordinal)
    {
        FindingKinds.Recommendation, FindingKinds.AreaForImprovement, FindingKinds.AreaForPriorityAction, FindingKinds.SignificantWeakness,
    };

    private static readonly HashSet<string> OpenStatuses = new(StringComparer.Ordinal) { FindingStatuses.Open, FindingStatuses.InProgress };

    public async Task<IReadOnlyList<OpenFinding>> ListAsync(IReadOnlyCollection<string> allowedClassifications, CancellationToken cancellationToken)
    {
        var tracked = await access.FindingsAsync(allowedClassifications, await tracker.ListAsync(null, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var scope = await authority.ScopeAsync(cancellationToken).ConfigureAwait(false);
        return tracked
            .Where(t => scope.IsOurs(t.Organisation))
            .Where(t => ActionableKinds.Contains(t.Finding.Kind) && OpenStatuses.Contains(t.Status) && !Settled(t))
            .Select(t => new OpenFinding(
                t.Finding,
                t.Actions.Count > 0,
                t.Evidence.Any(e => e.Date is { } date && (t.Finding.VisitDate is null || date > t.Finding.VisitDate))))
            .ToList();
    }

    // A revisit that found sufficient progress on the matter settles it, though nobody has closed it by hand yet.
    private static bool Settled(TrackedFinding tracked) =>
        tracked.History.Any(h => string.Equals(h.Kind, FindingKinds.ProgressVerdict, StringComparison.Ordinal)
            && string.Equals(h.Verdict, SufficientProgress, StringComparison.Ordinal)
            && (tracked.Finding.VisitDate is null || h.VisitDate > tracked.Finding.VisitDate));
}

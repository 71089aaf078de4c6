using Inspection.Content.Evidence;
using Inspection.Content.Persistence;
using Inspection.Readiness.Findings;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Readiness.Coverage;

/// <summary>
/// Lists findings that still need acting on (recommendations, areas for improvement or priority action, significant
/// weaknesses). Uses the findings tracker when one is registered; otherwise reads the stored findings and their links.
/// </summary>
public sealed class OpenFindingReader(IEvidenceStore evidence, InspectionDbContext db, IFindingTracker? tracker = null)
{
    private static readonly HashSet<string> ActionableKinds = new(StringComparer.Ordinal)
    {
        FindingKinds.Recommendation, FindingKinds.AreaForImprovement, FindingKinds.AreaForPriorityAction, FindingKinds.SignificantWeakness,
    };

    private static readonly HashSet<string> OpenStatuses = new(StringComparer.Ordinal) { FindingStatuses.Open, FindingStatuses.InProgress };

    public async Task<IReadOnlyList<OpenFinding>> ListAsync(CancellationToken cancellationToken)
    {
        if (tracker is not null)
        {
            var tracked = await tracker.ListAsync(null, cancellationToken).ConfigureAwait(false);
            return tracked
                .Where(t => ActionableKinds.Contains(t.Finding.Kind) && OpenStatuses.Contains(t.Status))
                .Select(t => new OpenFinding(
                    t.Finding,
                    t.Actions.Count > 0,
                    t.Evidence.Any(e => e.Date is { } date && (t.Finding.VisitDate is null || date > t.Finding.VisitDate))))
                .ToList();
        }

        var findings = await evidence.ListFindingsAsync(null, cancellationToken).ConfigureAwait(false);
        var links = await db.FindingLinks.AsNoTracking()
            .Select(l => new { l.FindingId, l.LinkType })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var linked = links.ToLookup(l => l.FindingId, l => l.LinkType, StringComparer.Ordinal);
        // A revisit that found sufficient progress on a weakness settles it, though nobody has closed it by hand yet.
        var settled = findings
            .Where(f => string.Equals(f.Kind, FindingKinds.ProgressVerdict, StringComparison.Ordinal) && string.Equals(f.Verdict, "sufficient", StringComparison.Ordinal))
            .Select(f => (f.ContentItemId, Text: f.Text.Trim().ToUpperInvariant()))
            .ToHashSet();
        // Without the tracker a linked piece of evidence is taken as the impact: its date is the tracker's business.
        return findings
            .Where(f => ActionableKinds.Contains(f.Kind) && OpenStatuses.Contains(f.Status))
            .Where(f => !settled.Contains((f.ContentItemId, f.Text.Trim().ToUpperInvariant())))
            .Select(f => new OpenFinding(
                f,
                linked[f.FindingId].Contains("action", StringComparer.Ordinal),
                linked[f.FindingId].Contains("evidence", StringComparer.Ordinal)))
            .ToList();
    }
}

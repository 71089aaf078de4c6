using Inspection.Content.Evidence;
using Inspection.Content.Persistence;
using Inspection.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Readiness.Findings;

/// <summary>
/// Chains findings on the same matter across visits: each finding is linked (<c>Findings.LinkedFindingId</c>) to the most
/// alike finding of the same organisation from an earlier visit, when their wording is alike enough.
/// </summary>
public sealed class FindingHistoryLinker(InspectionDbContext db, StoreUnitOfWork unitOfWork)
{
    /// <summary>Cosine of stemmed content words above which two findings are taken to be on the same matter.</summary>
    public const double Threshold = 0.5;

    /// <summary>Recomputes every finding's link; writes only the ones that changed and returns how many did.</summary>
    public async Task<int> RelinkAsync(CancellationToken cancellationToken)
    {
        var rows = await (
            from f in db.Findings.AsNoTracking()
            join c in db.ContentItems.AsNoTracking().Where(c => c.Latest && !c.Deleted) on f.ContentItemId equals c.ContentItemId
            select new { f.FindingId, f.ContentItemId, f.Ordinal, f.Kind, f.Text, f.VisitDate, f.LinkedFindingId, c.Organisation })
            .ToListAsync(cancellationToken);

        var candidates = rows
            .Select(r => new Candidate(r.FindingId, r.ContentItemId, r.Ordinal, r.Kind, r.VisitDate, r.Organisation ?? "", MatterSimilarity.Terms(r.Text)))
            .ToList();
        var changes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var self = candidates.First(c => string.Equals(c.FindingId, row.FindingId, StringComparison.Ordinal));
            var linked = BestEarlier(self, candidates)?.FindingId;
            if (!string.Equals(linked, row.LinkedFindingId, StringComparison.Ordinal))
            {
                changes[row.FindingId] = linked;
            }
        }

        if (changes.Count == 0)
        {
            return 0;
        }

        await unitOfWork.RunAsync(
            async ct =>
            {
                var now = unitOfWork.UtcNow();
                var ids = changes.Keys.ToList();
                var records = await db.Findings.Where(f => ids.Contains(f.FindingId)).ToListAsync(ct);
                foreach (var record in records)
                {
                    record.LinkedFindingId = changes[record.FindingId];
                    record.UpdatedUtc = now;
                }

                await db.SaveChangesAsync(ct);
            },
            cancellationToken);
        return changes.Count;
    }

    private static Candidate? BestEarlier(Candidate self, List<Candidate> all)
    {
        if (self.VisitDate is not { } visit)
        {
            return null;
        }

        Candidate? best = null;
        var bestScore = Threshold;
        foreach (var other in all)
        {
            // Strengths are praise, not matters to follow up; an earlier visit's strength is not the root of a weakness.
            if (other.VisitDate is not { } otherVisit || otherVisit >= visit
                || string.Equals(other.Kind, FindingKinds.Strength, StringComparison.Ordinal) != string.Equals(self.Kind, FindingKinds.Strength, StringComparison.Ordinal)
                || !SameOrganisation(self, other))
            {
                continue;
            }

            var score = MatterSimilarity.Cosine(self.Terms, other.Terms);
            // Ties go to the latest earlier visit, so a chain runs 2017 -> 2019 -> 2021 rather than fanning out from 2017.
            if (score > bestScore + 1e-9 || (best is not null && Math.Abs(score - bestScore) <= 1e-9 && otherVisit > best.VisitDate))
            {
                best = other;
                bestScore = score;
            }
        }

        return best;
    }

    private static bool SameOrganisation(Candidate a, Candidate b) =>
        string.Equals(a.ContentItemId, b.ContentItemId, StringComparison.Ordinal)
        || (a.Organisation.Length > 0 && string.Equals(a.Organisation, b.Organisation, StringComparison.OrdinalIgnoreCase));

    private sealed record Candidate(
        string FindingId,
        string ContentItemId,
        int Ordinal,
        string Kind,
        DateOnly? VisitDate,
        string Organisation,
        IReadOnlyDictionary<string, int> Terms);
}

using System.Globalization;
using Inspection.Content.Audit;
using Inspection.Content.Evidence;
using Inspection.Content.Persistence;
using Inspection.Content.Store;
using Inspection.Ingestion.Enrichment;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Readiness.Findings;

/// <summary>
/// Chains findings on the same matter across visits: each finding is linked (<c>Findings.LinkedFindingId</c>) to the most
/// alike finding of the same organisation from an earlier visit, when <see cref="MatterSimilarity.Score(string, string)"/>
/// says they are on one matter. A revisit's verdict of sufficient progress moves the finding it is linked to (the earlier
/// weakness) to <see cref="FindingStatuses.Addressed"/>, with a link to the verdict; an insufficient one leaves it open.
/// </summary>
public sealed class FindingHistoryLinker(InspectionDbContext db, StoreUnitOfWork unitOfWork, FindingLinkState state, IAuditLog auditLog)
{
    public const string SettledAudit = "finding.settled";

    // Who the audit log names for a status the revisit's verdict changed rather than a person.
    private const string SystemUser = "system";

    // Only a matter to act on can be addressed: not a strength, another verdict or a report's quotation.
    private static readonly HashSet<string> SettledKinds = new(StringComparer.Ordinal)
    {
        FindingKinds.SignificantWeakness, FindingKinds.AreaOfConcern, FindingKinds.Recommendation, FindingKinds.AreaForImprovement, FindingKinds.AreaForPriorityAction,
    };

    /// <summary>Recomputes every finding's link and settles what sufficient verdicts address; writes only what changed and returns how many findings did.</summary>
    public async Task<int> RelinkAsync(CancellationToken cancellationToken)
    {
        var rows = await (
            from f in db.Findings.AsNoTracking()
            join c in db.ContentItems.AsNoTracking().Where(c => c.Latest && !c.Deleted) on f.ContentItemId equals c.ContentItemId
            select new { f.FindingId, f.ContentItemId, f.Ordinal, f.Kind, f.Text, f.VisitDate, f.LinkedFindingId, f.Status, f.Verdict, c.Organisation })
            .ToListAsync(cancellationToken);

        // Links follow from the findings alone, so an unchanged set of findings needs no comparing again.
        var fingerprint = FindingLinkState.Fingerprint(rows.Select(r => Row(r.FindingId, r.Organisation, r.VisitDate, r.Kind, r.LinkedFindingId, r.Text)));
        if (state.IsCurrent(fingerprint))
        {
            return 0;
        }

        var candidates = rows
            .Select(r => new Candidate(r.FindingId, r.ContentItemId, r.Ordinal, r.Kind, r.VisitDate, r.Organisation ?? "", MatterSimilarity.Tokens(r.Text)))
            .ToDictionary(c => c.FindingId, StringComparer.Ordinal);
        // Only findings about one organisation (or from one document) can share a matter, so compare within those groups.
        var byOrganisation = candidates.Values.ToLookup(GroupKey, StringComparer.Ordinal);
        var changes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var self = candidates[row.FindingId];
            var group = byOrganisation[GroupKey(self)];
            var linked = BestEarlier(self, group)?.FindingId;
            if (!string.Equals(linked, row.LinkedFindingId, StringComparison.Ordinal))
            {
                changes[row.FindingId] = linked;
            }
        }

        // Each verdict settles its matter once: a person who reopens an addressed finding is not overruled on the next read.
        var byId = rows.ToDictionary(r => r.FindingId, StringComparer.Ordinal);
        var applied = (await db.FindingLinks.AsNoTracking()
            .Where(l => l.LinkType == FindingLinkTypes.Verdict)
            .Select(l => new { l.FindingId, l.TargetId })
            .ToListAsync(cancellationToken))
            .Select(l => (l.FindingId, l.TargetId))
            .ToHashSet();
        var settlements = new List<(string FindingId, string VerdictId)>();
        foreach (var row in rows)
        {
            var linked = changes.TryGetValue(row.FindingId, out var changed) ? changed : row.LinkedFindingId;
            if (string.Equals(row.Kind, FindingKinds.ProgressVerdict, StringComparison.Ordinal)
                && string.Equals(row.Verdict, ProgressVerdicts.Sufficient, StringComparison.Ordinal)
                && linked is not null && byId.TryGetValue(linked, out var earlier)
                && SettledKinds.Contains(earlier.Kind)
                && earlier.Status is FindingStatuses.Open or FindingStatuses.InProgress
                && !applied.Contains((earlier.FindingId, row.FindingId)))
            {
                settlements.Add((earlier.FindingId, row.FindingId));
            }
        }

        if (changes.Count == 0 && settlements.Count == 0)
        {
            state.Remember(fingerprint);
            return 0;
        }

        await unitOfWork.RunAsync(
            async ct =>
            {
                var now = unitOfWork.UtcNow();
                var ids = changes.Keys.Concat(settlements.Select(s => s.FindingId)).Distinct(StringComparer.Ordinal).ToList();
                var records = (await db.Findings.Where(f => ids.Contains(f.FindingId)).ToListAsync(ct)).ToDictionary(f => f.FindingId, StringComparer.Ordinal);
                foreach (var (id, linked) in changes)
                {
                    records[id].LinkedFindingId = linked;
                    records[id].UpdatedUtc = now;
                }

                foreach (var (id, verdictId) in settlements)
                {
                    var record = records[id];
                    var before = record.Status;
                    record.Status = FindingStatuses.Addressed;
                    record.UpdatedUtc = now;
                    db.FindingLinks.Add(new FindingLinkRecord { FindingId = id, LinkType = FindingLinkTypes.Verdict, TargetId = verdictId, CreatedUtc = now });
                    await auditLog.WriteAsync(SystemUser, SettledAudit, record.ContentItemId, $"finding {id}: {before} -> {FindingStatuses.Addressed} (revisit verdict {verdictId}: sufficient progress)", ct);
                }

                await db.SaveChangesAsync(ct);
            },
            cancellationToken);
        state.Remember(FindingLinkState.Fingerprint(rows.Select(r =>
            Row(r.FindingId, r.Organisation, r.VisitDate, r.Kind, changes.TryGetValue(r.FindingId, out var linked) ? linked : r.LinkedFindingId, r.Text))));
        return changes.Keys.Union(settlements.Select(s => s.FindingId), StringComparer.Ordinal).Count();
    }

    private static Candidate? BestEarlier(Candidate self, IEnumerable<Candidate> all)
    {
        if (self.VisitDate is not { } visit)
        {
            return null;
        }

        Candidate? best = null;
        var bestScore = 0d;
        foreach (var other in all)
        {
            // Strengths are praise, not matters to follow up; an earlier visit's strength is not the root of a weakness.
            if (other.VisitDate is not { } otherVisit || otherVisit >= visit
                || string.Equals(other.Kind, FindingKinds.Strength, StringComparison.Ordinal) != string.Equals(self.Kind, FindingKinds.Strength, StringComparison.Ordinal))
            {
                continue;
            }

            var score = MatterSimilarity.Score(self.Tokens, other.Tokens);
            // Ties go to the latest earlier visit, so a chain runs 2017 -> 2019 -> 2021 rather than fanning out from 2017.
            if (score <= 0)
            {
                continue;
            }

            if (best is null || score > bestScore + 1e-9 || (Math.Abs(score - bestScore) <= 1e-9 && otherVisit > best.VisitDate))
            {
                best = other;
                bestScore = score;
            }
        }

        return best;
    }

    private static string Row(string findingId, string? organisation, DateOnly? visitDate, string kind, string? linkedFindingId, string text) =>
        string.Create(CultureInfo.InvariantCulture, $"{findingId}|{organisation}|{visitDate:yyyy-MM-dd}|{kind}|{linkedFindingId}|{text}");

    private static string GroupKey(Candidate c) =>
        OrganisationNames.Key(c.Organisation) is { Length: > 0 } organisation ? "org:" + organisation : "doc:" + c.ContentItemId;

    private sealed record Candidate(
        string FindingId,
        string ContentItemId,
        int Ordinal,
        string Kind,
        DateOnly? VisitDate,
        string Organisation,
        IReadOnlyList<string> Tokens);
}

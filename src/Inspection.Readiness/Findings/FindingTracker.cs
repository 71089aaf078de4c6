using Inspection.Content.Audit;
using Inspection.Content.Evidence;
using Inspection.Content.Model;
using Inspection.Content.Persistence;
using Inspection.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Readiness.Findings;

/// <summary>
/// Findings as tracked items over the store's <c>Findings</c> and <c>FindingLinks</c> tables. Every link and status change
/// is written with its audit line in one transaction; bad ids and statuses throw <see cref="ReadinessException"/>.
/// </summary>
public sealed class FindingTracker(
    InspectionDbContext db,
    StoreUnitOfWork unitOfWork,
    IContentStore contentStore,
    IAuditLog auditLog,
    FindingHistoryLinker historyLinker) : IFindingTracker
{
    public const string LinkActionAudit = "finding.link-action";
    public const string LinkEvidenceAudit = "finding.link-evidence";
    public const string StatusAudit = "finding.status";

    public async Task<IReadOnlyList<TrackedFinding>> ListAsync(string? status, CancellationToken cancellationToken)
    {
        var wanted = status is null ? null : ValidStatus(status);
        await historyLinker.RelinkAsync(cancellationToken);
        var all = await LiveFindingsAsync(cancellationToken);
        var selected = all
            .Where(f => wanted is null || string.Equals(f.Status, wanted, StringComparison.Ordinal))
            .OrderBy(f => f.VisitDate is null)
            .ThenBy(f => f.VisitDate)
            .ThenBy(f => f.ContentItemId, StringComparer.Ordinal)
            .ThenBy(f => f.Ordinal)
            .ToList();
        return await TrackAsync(selected, all, cancellationToken);
    }

    public async Task<TrackedFinding?> GetAsync(string findingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(findingId);
        await historyLinker.RelinkAsync(cancellationToken);
        var all = await LiveFindingsAsync(cancellationToken);
        var finding = all.FirstOrDefault(f => string.Equals(f.FindingId, findingId.Trim(), StringComparison.Ordinal));
        return finding is null ? null : (await TrackAsync([finding], all, cancellationToken))[0];
    }

    public async Task<TrackedFinding> LinkActionAsync(string findingId, string actionContentItemId, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(findingId);
        ArgumentNullException.ThrowIfNull(actionContentItemId);
        ArgumentNullException.ThrowIfNull(userName);
        var id = findingId.Trim();
        var actionId = actionContentItemId.Trim();
        await RequireFindingAsync(id, cancellationToken);
        var action = await contentStore.GetAsync(actionId, VersionOptions.Latest, cancellationToken)
            ?? throw ReadinessException.NotFound("action", actionId);
        if (!string.Equals(action.ContentType, ActionFields.ContentType, StringComparison.Ordinal))
        {
            throw new ReadinessException($"'{actionId}' is a {action.ContentType}, not an Action of an action plan");
        }

        await unitOfWork.RunAsync(
            async ct =>
            {
                var record = await RequireFindingAsync(id, ct);
                var added = await AddLinkAsync(id, FindingLinkTypes.Action, actionId, ct);
                var before = record.Status;
                if (string.Equals(record.Status, FindingStatuses.Open, StringComparison.Ordinal))
                {
                    record.Status = FindingStatuses.InProgress;
                }

                record.UpdatedUtc = unitOfWork.UtcNow();
                await db.SaveChangesAsync(ct);
                await auditLog.WriteAsync(userName, LinkActionAudit, record.ContentItemId, Detail(id, "action", actionId, added, before, record.Status), ct);
            },
            cancellationToken);
        return await TrackedAsync(id, cancellationToken);
    }

    public async Task<TrackedFinding> LinkEvidenceAsync(string findingId, string passageId, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(findingId);
        ArgumentNullException.ThrowIfNull(passageId);
        ArgumentNullException.ThrowIfNull(userName);
        var id = findingId.Trim();
        var targetId = passageId.Trim();
        await RequireFindingAsync(id, cancellationToken);
        var passage = await (
            from p in db.Passages.AsNoTracking()
            join c in db.ContentItems.AsNoTracking().Where(c => c.Latest && !c.Deleted) on p.ContentItemId equals c.ContentItemId
            where p.PassageId == targetId
            select new { p.PassageId, c.DocumentDate })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw ReadinessException.NotFound("passage", targetId);

        await unitOfWork.RunAsync(
            async ct =>
            {
                var record = await RequireFindingAsync(id, ct);
                var added = await AddLinkAsync(id, FindingLinkTypes.Evidence, targetId, ct);
                var before = record.Status;
                // Evidence only shows impact if it post-dates what the inspectors saw; a closed finding stays closed.
                if (passage.DocumentDate is { } dated && record.VisitDate is { } visit && dated > visit
                    && record.Status is FindingStatuses.Open or FindingStatuses.InProgress)
                {
                    record.Status = FindingStatuses.EvidenceOfImpact;
                }

                record.UpdatedUtc = unitOfWork.UtcNow();
                await db.SaveChangesAsync(ct);
                await auditLog.WriteAsync(userName, LinkEvidenceAudit, record.ContentItemId, Detail(id, "evidence", targetId, added, before, record.Status), ct);
            },
            cancellationToken);
        return await TrackedAsync(id, cancellationToken);
    }

    public async Task<TrackedFinding> SetStatusAsync(string findingId, string status, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(findingId);
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(userName);
        var id = findingId.Trim();
        var valid = ValidStatus(status);
        await RequireFindingAsync(id, cancellationToken);
        await unitOfWork.RunAsync(
            async ct =>
            {
                var record = await RequireFindingAsync(id, ct);
                var before = record.Status;
                if (string.Equals(before, valid, StringComparison.Ordinal))
                {
                    // Nothing changes: no audit line.
                    return;
                }

                record.Status = valid;
                record.UpdatedUtc = unitOfWork.UtcNow();
                await db.SaveChangesAsync(ct);
                await auditLog.WriteAsync(userName, StatusAudit, record.ContentItemId, $"finding {id}: {before} -> {valid}", ct);
            },
            cancellationToken);
        return await TrackedAsync(id, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ActionAudiencesAsync(IReadOnlyCollection<string> actionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actionIds);
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var slice in actionIds.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var rows = await (
                from l in db.FindingLinks.AsNoTracking()
                where l.LinkType == FindingLinkTypes.Action && slice.Contains(l.TargetId)
                join f in db.Findings.AsNoTracking() on l.FindingId equals f.FindingId
                join c in db.ContentItems.AsNoTracking().Where(c => c.Latest) on f.ContentItemId equals c.ContentItemId
                select new { l.TargetId, c.Classification })
                .ToListAsync(cancellationToken);
            foreach (var group in rows.GroupBy(r => r.TargetId, StringComparer.Ordinal))
            {
                result[group.Key] = [.. group.Select(r => r.Classification ?? Classifications.Official).Distinct(StringComparer.Ordinal)];
            }
        }

        return result;
    }

    /// <summary>The stored status id for what a person typed ("In progress", "closed"), or an error listing the valid ones.</summary>
    public static string ValidStatus(string status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var normalised = status.Trim().Replace(' ', '-').Replace('_', '-').ToLowerInvariant();
        return FindingStatuses.All.FirstOrDefault(s => string.Equals(s, normalised, StringComparison.Ordinal))
            ?? throw new ReadinessException($"'{status}' is not a finding status; use one of: {string.Join(", ", FindingStatuses.All)}");
    }

    private static string Detail(string findingId, string what, string targetId, bool added, string before, string after) =>
        $"finding {findingId}: {what} {targetId}{(added ? "" : " (already linked)")}; status {before} -> {after}";

    private async Task<TrackedFinding> TrackedAsync(string findingId, CancellationToken cancellationToken) =>
        await GetAsync(findingId, cancellationToken) ?? throw ReadinessException.NotFound("finding", findingId);

    private async Task<FindingRecord> RequireFindingAsync(string findingId, CancellationToken cancellationToken)
    {
        var record = await db.Findings
            .Where(f => f.FindingId == findingId)
            .Where(f => !db.ContentItems.Any(c => c.ContentItemId == f.ContentItemId && c.Deleted))
            .FirstOrDefaultAsync(cancellationToken);
        return record ?? throw ReadinessException.NotFound("finding", findingId);
    }

    private async Task<bool> AddLinkAsync(string findingId, string linkType, string targetId, CancellationToken cancellationToken)
    {
        var exists = await db.FindingLinks.AnyAsync(
            l => l.FindingId == findingId && l.LinkType == linkType && l.TargetId == targetId, cancellationToken);
        if (exists)
        {
            return false;
        }

        db.FindingLinks.Add(new FindingLinkRecord { FindingId = findingId, LinkType = linkType, TargetId = targetId, CreatedUtc = unitOfWork.UtcNow() });
        return true;
    }

    private async Task<List<FindingRecord>> LiveFindingsAsync(CancellationToken cancellationToken) =>
        await db.Findings.AsNoTracking()
            .Where(f => !db.ContentItems.Any(c => c.ContentItemId == f.ContentItemId && c.Deleted))
            .ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<TrackedFinding>> TrackAsync(List<FindingRecord> selected, List<FindingRecord> all, CancellationToken cancellationToken)
    {
        if (selected.Count == 0)
        {
            return [];
        }

        var ids = selected.Select(f => f.FindingId).ToList();
        var links = await db.FindingLinks.AsNoTracking()
            .Where(l => ids.Contains(l.FindingId))
            .OrderBy(l => l.CreatedUtc)
            .ToListAsync(cancellationToken);
        var actions = await LoadActionsAsync(links.Where(l => l.LinkType == FindingLinkTypes.Action).Select(l => l.TargetId), cancellationToken);
        var evidence = await LoadEvidenceAsync(links.Where(l => l.LinkType == FindingLinkTypes.Evidence).Select(l => l.TargetId), cancellationToken);
        var documents = await LoadDocumentsAsync(selected.Select(f => f.ContentItemId), cancellationToken);
        var history = new FindingChains(all);

        return [.. selected.Select(f =>
        {
            documents.TryGetValue(f.ContentItemId, out var document);
            var own = links.Where(l => string.Equals(l.FindingId, f.FindingId, StringComparison.Ordinal)).ToList();
            return new TrackedFinding(
                ToFinding(f),
                document?.SourceFile,
                document?.Title,
                f.Status,
                [.. own.Where(l => l.LinkType == FindingLinkTypes.Action).Select(l => actions.GetValueOrDefault(l.TargetId)).OfType<TrackedAction>()],
                // Evidence in the order it was written, so a reader sees the story unfold.
                [.. own.Where(l => l.LinkType == FindingLinkTypes.Evidence).Select(l => evidence.GetValueOrDefault(l.TargetId)).OfType<LinkedEvidence>()
                    .OrderBy(e => e.Date is null).ThenBy(e => e.Date).ThenBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.PageFrom)],
                [.. history.Others(f.FindingId).Select(ToFinding)])
            {
                AddressedByVerdictId = own.LastOrDefault(l => l.LinkType == FindingLinkTypes.Verdict)?.TargetId,
                Organisation = document?.Organisation,
            };
        })];
    }

    private async Task<Dictionary<string, TrackedAction>> LoadActionsAsync(IEnumerable<string> actionIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, TrackedAction>(StringComparer.Ordinal);
        foreach (var actionId in actionIds.Distinct(StringComparer.Ordinal))
        {
            // An action purged since it was linked keeps its link; the list shows only what still exists.
            if (await ActionHistory.LoadAsync(contentStore, actionId, cancellationToken) is { } action)
            {
                result[actionId] = action;
            }
        }

        return result;
    }

    private async Task<Dictionary<string, LinkedEvidence>> LoadEvidenceAsync(IEnumerable<string> passageIds, CancellationToken cancellationToken)
    {
        var ids = passageIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, LinkedEvidence>(StringComparer.Ordinal);
        }

        var rows = await (
            from p in db.Passages.AsNoTracking()
            join c in db.ContentItems.AsNoTracking().Where(c => c.Latest && !c.Deleted) on p.ContentItemId equals c.ContentItemId
            where ids.Contains(p.PassageId)
            select new LinkedEvidence(p.PassageId, p.ContentItemId, c.DisplayText, c.ContentType, c.DocumentDate, p.PageFrom, p.PageTo, p.Text))
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.PassageId, StringComparer.Ordinal);
    }

    private async Task<Dictionary<string, DocumentInfo>> LoadDocumentsAsync(IEnumerable<string> documentIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, DocumentInfo>(StringComparer.Ordinal);
        foreach (var documentId in documentIds.Distinct(StringComparer.Ordinal))
        {
            var item = await contentStore.GetAsync(documentId, VersionOptions.Latest, cancellationToken);
            if (item is not null)
            {
                result[documentId] = new DocumentInfo(item.DisplayText, EvidencePart.GetText(item, EvidencePart.SourceFileName), EvidencePart.GetText(item, EvidencePart.Organisation));
            }
        }

        return result;
    }

    private static Finding ToFinding(FindingRecord f) =>
        new(f.FindingId, f.ContentItemId, f.Kind, f.Text, f.Page, f.VisitDate, f.VisitKind, f.Status, f.Verdict);

    private sealed record DocumentInfo(string Title, string? SourceFile, string? Organisation);
}

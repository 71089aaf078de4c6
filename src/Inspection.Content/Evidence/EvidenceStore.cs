using Inspection.Content.Model;
using Inspection.Content.Outbox;
using Inspection.Content.Persistence;
using Inspection.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Content.Evidence;

/// <summary>Evidence items with their passages and findings, on the same transaction as the content store.</summary>
public sealed class EvidenceStore(
    InspectionDbContext db,
    StoreUnitOfWork unitOfWork,
    IContentStore contentStore,
    IEnumerable<IEvidenceCommitListener>? listeners = null) : IEvidenceStore
{
    private readonly IEvidenceCommitListener[] _listeners = listeners?.ToArray() ?? [];

    public Task<ContentItem> CreateEvidenceAsync(ContentItem item, IReadOnlyList<Passage> passages, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(findings);
        return unitOfWork.RunAsync(
            async ct =>
            {
                var created = await contentStore.CreateAsync(item, publish: true, ct);
                // Passages and findings belong to the item as created, whatever ids the caller left on them.
                var passageRecords = passages.Select(p => new PassageRecord
                {
                    PassageId = string.IsNullOrEmpty(p.PassageId) ? ContentIds.New() : p.PassageId,
                    ContentItemId = created.ContentItemId,
                    ContentItemVersionId = created.ContentItemVersionId,
                    Ordinal = p.Ordinal,
                    HeadingPath = p.HeadingPath,
                    PageFrom = p.PageFrom,
                    PageTo = p.PageTo,
                    Text = p.Text,
                }).ToList();
                var now = unitOfWork.UtcNow();
                var findingRecords = findings.Select((f, i) => new FindingRecord
                {
                    FindingId = string.IsNullOrEmpty(f.FindingId) ? ContentIds.New() : f.FindingId,
                    ContentItemId = created.ContentItemId,
                    Ordinal = i,
                    Kind = f.Kind,
                    Text = f.Text,
                    Page = f.Page,
                    VisitDate = f.VisitDate,
                    VisitKind = f.VisitKind,
                    Status = f.Status,
                    Verdict = f.Verdict,
                    UpdatedUtc = now,
                }).ToList();
                db.Findings.AddRange(findingRecords);
                await db.SaveChangesAsync(ct);
                await PassageRowWriter.AddAsync(db, passageRecords, ct);
                AnnounceAfterCommit(created, passageRecords, findingRecords);
                return created;
            },
            cancellationToken);
    }

    public Task<ContentItem> SaveVersionAsync(ContentItem item, bool isNew, bool publish, IReadOnlyList<Passage> passages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(passages);
        return unitOfWork.RunAsync(
            async ct =>
            {
                var saved = isNew
                    ? await contentStore.CreateAsync(item, publish, ct)
                    : await contentStore.UpdateAsync(item, publish, ct);
                await AddPassagesAsync(saved, passages, ct);
                return saved;
            },
            cancellationToken);
    }

    public Task<ContentItem> RestoreVersionAsync(string contentItemVersionId, bool publish, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contentItemVersionId);
        return unitOfWork.RunAsync(
            async ct =>
            {
                // Read before the restore: a version without passages of its own shows those of the nearest older one.
                var passages = await ListPassagesAsync(contentItemVersionId, ct);
                var restored = await contentStore.RestoreAsync(contentItemVersionId, publish, ct);
                await AddPassagesAsync(restored, [.. passages.Select(p => p with { PassageId = "" })], ct);
                return restored;
            },
            cancellationToken);
    }

    public Task AddFindingsAsync(string contentItemId, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contentItemId);
        ArgumentNullException.ThrowIfNull(findings);
        return unitOfWork.RunAsync(
            async ct =>
            {
                var next = await db.Findings.Where(f => f.ContentItemId == contentItemId).Select(f => (int?)f.Ordinal).MaxAsync(ct) ?? -1;
                var now = unitOfWork.UtcNow();
                db.Findings.AddRange(findings.Select(f => new FindingRecord
                {
                    FindingId = string.IsNullOrEmpty(f.FindingId) ? ContentIds.New() : f.FindingId,
                    ContentItemId = contentItemId,
                    Ordinal = ++next,
                    Kind = f.Kind,
                    Text = f.Text,
                    Page = f.Page,
                    VisitDate = f.VisitDate,
                    VisitKind = f.VisitKind,
                    Status = f.Status,
                    Verdict = f.Verdict,
                    UpdatedUtc = now,
                }));
                await db.SaveChangesAsync(ct);
            },
            cancellationToken);
    }

    private Task AddPassagesAsync(ContentItem version, IReadOnlyList<Passage> passages, CancellationToken cancellationToken) =>
        PassageRowWriter.AddAsync(db, [.. passages.Select(p => new PassageRecord
        {
            PassageId = string.IsNullOrEmpty(p.PassageId) ? ContentIds.New() : p.PassageId,
            ContentItemId = version.ContentItemId,
            ContentItemVersionId = version.ContentItemVersionId,
            Ordinal = p.Ordinal,
            HeadingPath = p.HeadingPath,
            PageFrom = p.PageFrom,
            PageTo = p.PageTo,
            Text = p.Text,
        })], cancellationToken);

    private void AnnounceAfterCommit(ContentItem created, List<PassageRecord> passageRecords, List<FindingRecord> findingRecords)
    {
        if (_listeners.Length == 0)
        {
            return;
        }

        // The row and the outbox task the content store wrote for this version are still tracked: listeners get
        // the item exactly as a read of the store would give it, and the task id that indexers tail by.
        // Everything was just saved, so there are no changes to detect; reading Local would otherwise scan every tracked row.
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        IndexingTaskRecord? task;
        ContentItemRecord? record;
        try
        {
            task = db.IndexingTasks.Local.LastOrDefault(t => t.ContentItemVersionId == created.ContentItemVersionId);
            record = db.ContentItems.Local.LastOrDefault(c => c.ContentItemVersionId == created.ContentItemVersionId);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }

        if (task is null || record is null)
        {
            return;
        }

        var evidence = new CommittedEvidence(
            new IndexingTask(task.Id, task.ContentItemId, task.ContentItemVersionId, task.Kind, task.CreatedUtc),
            ContentItemMapper.ToItem(record),
            [.. passageRecords.Select(p => new Passage(
                p.PassageId, p.ContentItemId, p.ContentItemVersionId, p.Ordinal, p.HeadingPath, p.PageFrom, p.PageTo, p.Text))],
            [.. findingRecords.Select(f => new Finding(
                f.FindingId, f.ContentItemId, f.Kind, f.Text, f.Page, f.VisitDate, f.VisitKind, f.Status, f.Verdict))]);
        unitOfWork.AfterCommit(() =>
        {
            foreach (var listener in _listeners)
            {
                listener.Committed(evidence);
            }
        });
    }

    public Task<bool> HoldsSourceHashAsync(string sha256, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        var hash = sha256.ToLowerInvariant();
        return db.ContentItems.AsNoTracking().AnyAsync(c => c.SourceHash == hash, cancellationToken);
    }

    public Task<string?> FindBySourceHashAsync(string sha256, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        var hash = sha256.ToLowerInvariant();
        return db.ContentItems.AsNoTracking()
            .Where(c => c.SourceHash == hash && !c.Deleted)
            .OrderBy(c => c.Id)
            .Select(c => c.ContentItemId)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The passages of a version; a version saved without passages of its own (a metadata edit, a restore) shows those of
    /// the nearest older version that has them, since its text is the same.
    /// </summary>
    public async Task<IReadOnlyList<Passage>> ListPassagesAsync(string contentItemVersionId, CancellationToken cancellationToken)
    {
        var version = await db.ContentItems.AsNoTracking()
            .Where(c => c.ContentItemVersionId == contentItemVersionId)
            .Select(c => new { c.Id, c.ContentItemId })
            .FirstOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            return [];
        }

        var sourceVersionId = await db.ContentItems.AsNoTracking()
            .Where(c => c.ContentItemId == version.ContentItemId && c.Id <= version.Id)
            .Where(c => db.Passages.Any(p => p.ContentItemVersionId == c.ContentItemVersionId))
            .OrderByDescending(c => c.Id)
            .Select(c => c.ContentItemVersionId)
            .FirstOrDefaultAsync(cancellationToken);
        if (sourceVersionId is null)
        {
            return [];
        }

        var records = await db.Passages.AsNoTracking()
            .Where(p => p.ContentItemVersionId == sourceVersionId)
            .OrderBy(p => p.Ordinal)
            .ToListAsync(cancellationToken);
        return [.. records.Select(p => new Passage(
            p.PassageId, p.ContentItemId, contentItemVersionId, p.Ordinal, p.HeadingPath, p.PageFrom, p.PageTo, p.Text))];
    }

    /// <summary>Findings of one item, or of all items, leaving out those of deleted items; in document order.</summary>
    public async Task<IReadOnlyList<Finding>> ListFindingsAsync(string? contentItemId, CancellationToken cancellationToken)
    {
        var query = db.Findings.AsNoTracking()
            .Where(f => !db.ContentItems.Any(c => c.ContentItemId == f.ContentItemId && c.Deleted));
        if (contentItemId is not null)
        {
            query = query.Where(f => f.ContentItemId == contentItemId);
        }

        var records = await query
            .OrderBy(f => f.ContentItemId)
            .ThenBy(f => f.Ordinal)
            .ToListAsync(cancellationToken);
        return [.. records.Select(f => new Finding(
            f.FindingId, f.ContentItemId, f.Kind, f.Text, f.Page, f.VisitDate, f.VisitKind, f.Status, f.Verdict))];
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Passage>>> ListPassagesManyAsync(IReadOnlyCollection<string> contentItemVersionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contentItemVersionIds);
        var result = new Dictionary<string, IReadOnlyList<Passage>>(StringComparer.Ordinal);
        foreach (var slice in contentItemVersionIds.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var wanted = await db.ContentItems.AsNoTracking()
                .Where(c => slice.Contains(c.ContentItemVersionId))
                .Select(c => new { c.Id, c.ContentItemId, c.ContentItemVersionId })
                .ToListAsync(cancellationToken);
            var itemIds = wanted.Select(w => w.ContentItemId).Distinct(StringComparer.Ordinal).ToList();
            var versions = await db.ContentItems.AsNoTracking()
                .Where(c => itemIds.Contains(c.ContentItemId))
                .Select(c => new { c.Id, c.ContentItemId, c.ContentItemVersionId })
                .ToListAsync(cancellationToken);
            var withPassages = (await db.Passages.AsNoTracking()
                .Where(p => itemIds.Contains(p.ContentItemId))
                .Select(p => p.ContentItemVersionId)
                .Distinct()
                .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

            // As ListPassagesAsync: each version shows the passages of the nearest version at or before it that has any.
            var sourceOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var version in wanted)
            {
                var source = versions
                    .Where(v => v.ContentItemId == version.ContentItemId && v.Id <= version.Id && withPassages.Contains(v.ContentItemVersionId))
                    .MaxBy(v => v.Id);
                if (source is not null)
                {
                    sourceOf[version.ContentItemVersionId] = source.ContentItemVersionId;
                }
                else
                {
                    result[version.ContentItemVersionId] = [];
                }
            }

            var sources = sourceOf.Values.Distinct(StringComparer.Ordinal).ToList();
            var records = (await db.Passages.AsNoTracking()
                .Where(p => sources.Contains(p.ContentItemVersionId))
                .ToListAsync(cancellationToken))
                .ToLookup(p => p.ContentItemVersionId, StringComparer.Ordinal);
            foreach (var (versionId, sourceId) in sourceOf)
            {
                result[versionId] = [.. records[sourceId].OrderBy(p => p.Ordinal).Select(p => new Passage(
                    p.PassageId, p.ContentItemId, versionId, p.Ordinal, p.HeadingPath, p.PageFrom, p.PageTo, p.Text))];
            }
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Finding>>> ListFindingsManyAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contentItemIds);
        var result = new Dictionary<string, IReadOnlyList<Finding>>(StringComparer.Ordinal);
        foreach (var slice in contentItemIds.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var records = await db.Findings.AsNoTracking()
                .Where(f => slice.Contains(f.ContentItemId) && !db.ContentItems.Any(c => c.ContentItemId == f.ContentItemId && c.Deleted))
                .ToListAsync(cancellationToken);
            foreach (var group in records.GroupBy(f => f.ContentItemId, StringComparer.Ordinal))
            {
                result[group.Key] = [.. group.OrderBy(f => f.Ordinal).Select(f => new Finding(
                    f.FindingId, f.ContentItemId, f.Kind, f.Text, f.Page, f.VisitDate, f.VisitKind, f.Status, f.Verdict))];
            }
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, string>> OwningItemsAsync(IReadOnlyCollection<string> passageOrFindingIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(passageOrFindingIds);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var slice in passageOrFindingIds.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).Chunk(500))
        {
            foreach (var row in await db.Passages.AsNoTracking().Where(p => slice.Contains(p.PassageId)).Select(p => new { Id = p.PassageId, p.ContentItemId }).ToListAsync(cancellationToken))
            {
                result[row.Id] = row.ContentItemId;
            }

            foreach (var row in await db.Findings.AsNoTracking().Where(f => slice.Contains(f.FindingId)).Select(f => new { Id = f.FindingId, f.ContentItemId }).ToListAsync(cancellationToken))
            {
                result[row.Id] = row.ContentItemId;
            }
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, string>> ClassificationsAsync(IReadOnlyCollection<string> contentItemIds, bool includeDeleted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contentItemIds);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        // In slices, so that a long list stays well inside every provider's limit on query parameters.
        foreach (var slice in contentItemIds.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var rows = await db.ContentItems.AsNoTracking()
                .Where(c => c.Latest && (includeDeleted || !c.Deleted) && slice.Contains(c.ContentItemId))
                .Select(c => new { c.ContentItemId, c.Classification })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                result[row.ContentItemId] = row.Classification ?? Classifications.Official;
            }
        }

        return result;
    }
}

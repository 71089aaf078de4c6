using Inspection.Content.Model;
using Inspection.Content.Outbox;
using Inspection.Content.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Content.Store;

/// <summary>
/// Orchard-style versioned content on EF Core. Every change writes its indexing task in the same transaction.
/// <see cref="GetVersionAsync"/> and <see cref="ListVersionsAsync"/> also return versions of a soft-deleted item, so it can be restored.
/// </summary>
public sealed class ContentStore(InspectionDbContext db, StoreUnitOfWork unitOfWork, ContentChanges? changes = null) : IContentStore
{
    // Ids per query when reading many items: well under SQLite's and PostgreSQL's limits on parameters.
    private const int IdsPerQuery = 500;

    public Task<ContentItem> CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return unitOfWork.RunAsync(ct => CreateCoreAsync(ContentItemJson.Clone(item), publish, ct), cancellationToken);
    }

    public Task<ContentItem> UpdateAsync(ContentItem item, bool publish, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return unitOfWork.RunAsync(ct => UpdateCoreAsync(ContentItemJson.Clone(item), publish, ct), cancellationToken);
    }

    public Task<IReadOnlyList<ContentItem>> UpdateManyAsync(IReadOnlyList<ContentItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var copies = items.Select(ContentItemJson.Clone).ToList();
        if (copies.Select(i => i.ContentItemId).Distinct(StringComparer.Ordinal).Count() != copies.Count)
        {
            throw new ArgumentException("Each item may appear once.", nameof(items));
        }

        return unitOfWork.RunAsync<IReadOnlyList<ContentItem>>(ct => UpdateManyCoreAsync(copies, ct), cancellationToken);
    }

    public async Task<IReadOnlyList<ContentItem>> GetManyAsync(IReadOnlyCollection<string> contentItemIds, VersionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contentItemIds);
        var found = new List<ContentItem>(contentItemIds.Count);
        foreach (var chunk in contentItemIds.Distinct(StringComparer.Ordinal).Chunk(IdsPerQuery))
        {
            var query = db.ContentItems.AsNoTracking().Where(c => chunk.Contains(c.ContentItemId) && !c.Deleted);
            query = options == VersionOptions.Published ? query.Where(c => c.Published) : query.Where(c => c.Latest);
            found.AddRange((await query.ToListAsync(cancellationToken)).Select(ContentItemMapper.ToItem));
        }

        return found;
    }

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options, CancellationToken cancellationToken)
    {
        var query = db.ContentItems.AsNoTracking().Where(c => c.ContentItemId == contentItemId && !c.Deleted);
        query = options == VersionOptions.Published ? query.Where(c => c.Published) : query.Where(c => c.Latest);
        var record = await query.FirstOrDefaultAsync(cancellationToken);
        return record is null ? null : ContentItemMapper.ToItem(record);
    }

    public async Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken)
    {
        var record = await db.ContentItems.AsNoTracking()
            .FirstOrDefaultAsync(c => c.ContentItemVersionId == contentItemVersionId, cancellationToken);
        return record is null ? null : ContentItemMapper.ToItem(record);
    }

    public async Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var records = await db.ContentItems.AsNoTracking()
            .Where(c => c.ContentItemId == contentItemId)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        return [.. records.Select(ContentItemMapper.ToItem)];
    }

    public async Task<IReadOnlyList<ContentItem>> ListAsync(string? contentType, CancellationToken cancellationToken)
    {
        var query = db.ContentItems.AsNoTracking().Where(c => c.Latest && !c.Deleted);
        if (contentType is not null)
        {
            query = query.Where(c => c.ContentType == contentType);
        }

        var records = await query.OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return [.. records.Select(ContentItemMapper.ToItem)];
    }

    public Task PublishAsync(string contentItemVersionId, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(
            async ct =>
            {
                var target = await db.ContentItems.FirstOrDefaultAsync(c => c.ContentItemVersionId == contentItemVersionId, ct)
                    ?? throw new KeyNotFoundException($"Content item version {contentItemVersionId} does not exist.");
                EnsureNotDeleted(target);
                await UnpublishOthersAsync(target.ContentItemId, target.Id, ct);
                ContentItemMapper.SetState(target, target.Latest, published: true, unitOfWork.UtcNow());
                await db.SaveChangesAsync(ct);
                await AddTaskAsync(target, IndexingTaskKind.Update, ct);
            },
            cancellationToken);

    public Task UnpublishAsync(string contentItemId, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(
            async ct =>
            {
                var versions = await LoadVersionsAsync(contentItemId, ct);
                var latest = LatestOf(versions);
                EnsureNotDeleted(latest);
                foreach (var version in versions.Where(v => v.Published))
                {
                    ContentItemMapper.SetState(version, version.Latest, published: false, version.PublishedUtc);
                }

                await db.SaveChangesAsync(ct);
                await AddTaskAsync(latest, IndexingTaskKind.Update, ct);
            },
            cancellationToken);

    public Task<ContentItem> RestoreAsync(string contentItemVersionId, bool publish, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(
            async ct =>
            {
                var source = await db.ContentItems.FirstOrDefaultAsync(c => c.ContentItemVersionId == contentItemVersionId, ct)
                    ?? throw new KeyNotFoundException($"Content item version {contentItemVersionId} does not exist.");
                var versions = await LoadVersionsAsync(source.ContentItemId, ct);
                foreach (var version in versions)
                {
                    version.Deleted = false;
                    version.DeletedUtc = null;
                }

                await db.SaveChangesAsync(ct);
                var item = ContentItemMapper.ToItem(source);
                item.ContentItemVersionId = "";
                return await UpdateCoreAsync(item, publish, ct);
            },
            cancellationToken);

    public Task DeleteAsync(string contentItemId, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(
            async ct =>
            {
                var versions = await LoadVersionsAsync(contentItemId, ct);
                var now = unitOfWork.UtcNow();
                foreach (var version in versions)
                {
                    version.Deleted = true;
                    version.DeletedUtc = now;
                    if (version.Published)
                    {
                        ContentItemMapper.SetState(version, version.Latest, published: false, version.PublishedUtc);
                    }
                }

                await db.SaveChangesAsync(ct);
                await AddTaskAsync(LatestOf(versions), IndexingTaskKind.Delete, ct);
            },
            cancellationToken);

    public async Task<IReadOnlyList<DeletedItem>> ListDeletedAsync(DateTime? before, CancellationToken cancellationToken)
    {
        var query = db.ContentItems.AsNoTracking().Where(c => c.Latest && c.Deleted);
        if (before is { } cutoff)
        {
            query = query.Where(c => c.DeletedUtc == null || c.DeletedUtc < cutoff);
        }

        var records = await query.ToListAsync(cancellationToken);
        // Items deleted before deletion times were kept count as deleted long ago.
        return [.. records
            .Select(r => new DeletedItem(ContentItemMapper.ToItem(r), r.DeletedUtc ?? DateTime.UnixEpoch))
            .OrderByDescending(d => d.DeletedUtc)
            .ThenBy(d => d.Item.ContentItemId, StringComparer.Ordinal)];
    }

    public Task PurgeAsync(string contentItemId, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(
            async ct =>
            {
                var versions = await LoadVersionsAsync(contentItemId, ct);
                if (versions.Any(v => !v.Deleted))
                {
                    throw new InvalidOperationException($"Content item {contentItemId} must be deleted before it is purged.");
                }

                var findingIds = db.Findings.Where(f => f.ContentItemId == contentItemId).Select(f => f.FindingId);
                await db.FindingLinks.Where(l => findingIds.Contains(l.FindingId)).ExecuteDeleteAsync(ct);
                await db.Findings
                    .Where(f => f.LinkedFindingId != null && findingIds.Contains(f.LinkedFindingId))
                    .ExecuteUpdateAsync(s => s.SetProperty(f => f.LinkedFindingId, (string?)null), ct);
                await db.Findings.Where(f => f.ContentItemId == contentItemId).ExecuteDeleteAsync(ct);
                await db.Passages.Where(p => p.ContentItemId == contentItemId).ExecuteDeleteAsync(ct);
                var latest = LatestOf(versions);
                db.ContentItems.RemoveRange(versions);
                await db.SaveChangesAsync(ct);
                await AddTaskAsync(latest, IndexingTaskKind.Delete, ct);
            },
            cancellationToken);

    public Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(work, cancellationToken);

    public void ForgetSaved()
    {
        if (!db.ChangeTracker.HasChanges())
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<ContentItem> CreateCoreAsync(ContentItem item, bool publish, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(item.ContentItemId))
        {
            item.ContentItemId = ContentIds.New();
        }
        else if (await db.ContentItems.AnyAsync(c => c.ContentItemId == item.ContentItemId, cancellationToken))
        {
            throw new InvalidOperationException($"Content item {item.ContentItemId} already exists.");
        }

        item.ContentItemVersionId = await FreshVersionIdAsync(item.ContentItemVersionId, cancellationToken);
        var now = unitOfWork.UtcNow();
        item.Latest = true;
        item.Published = publish;
        // Keep timestamps an import brings with it; stamp the rest now.
        item.CreatedUtc = StoreTime.Normalize(item.CreatedUtc) ?? now;
        item.ModifiedUtc = StoreTime.Normalize(item.ModifiedUtc) ?? now;
        item.PublishedUtc = publish ? StoreTime.Normalize(item.PublishedUtc) ?? now : null;

        var record = ContentItemMapper.ToRecord(item);
        db.ContentItems.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        await AddTaskAsync(record, IndexingTaskKind.Update, cancellationToken);
        return item;
    }

    private async Task<ContentItem> UpdateCoreAsync(ContentItem item, bool publish, CancellationToken cancellationToken)
    {
        var versions = await LoadVersionsAsync(item.ContentItemId, cancellationToken);
        var record = await NewVersionAsync(item, publish, versions, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.ContentItems.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        await AddTaskAsync(record, IndexingTaskKind.Update, cancellationToken);
        return item;
    }

    // The same steps as UpdateCoreAsync for many items, with three round trips in all instead of four per item: a bulk
    // correction of hundreds of documents would otherwise spend most of its time in the store.
    private async Task<IReadOnlyList<ContentItem>> UpdateManyCoreAsync(List<ContentItem> items, CancellationToken cancellationToken)
    {
        var versionsOf = new Dictionary<string, List<ContentItemRecord>>(StringComparer.Ordinal);
        foreach (var chunk in items.Select(i => i.ContentItemId).Chunk(IdsPerQuery))
        {
            foreach (var version in await db.ContentItems.Where(c => chunk.Contains(c.ContentItemId)).OrderBy(c => c.Id).ToListAsync(cancellationToken))
            {
                if (!versionsOf.TryGetValue(version.ContentItemId, out var list))
                {
                    versionsOf[version.ContentItemId] = list = [];
                }

                list.Add(version);
            }
        }

        var records = new List<ContentItemRecord>(items.Count);
        foreach (var item in items)
        {
            var versions = versionsOf.GetValueOrDefault(item.ContentItemId)
                ?? throw new KeyNotFoundException($"Content item {item.ContentItemId} does not exist.");
            records.Add(await NewVersionAsync(item, item.Published, versions, cancellationToken));
        }

        // Old flags are cleared in one save before the new versions go in: the unique filtered indexes allow one latest
        // and one published version per item at any moment.
        await db.SaveChangesAsync(cancellationToken);
        db.ContentItems.AddRange(records);
        var now = unitOfWork.UtcNow();
        db.IndexingTasks.AddRange(records.Select(r => new IndexingTaskRecord
        {
            ContentItemId = r.ContentItemId,
            ContentItemVersionId = r.ContentItemVersionId,
            Kind = IndexingTaskKind.Update,
            CreatedUtc = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return items;
    }

    // Stamps the item as the new latest version of its versions (oldest first) and marks the old ones for saving; returns its record, not yet added.
    private async Task<ContentItemRecord> NewVersionAsync(ContentItem item, bool publish, List<ContentItemRecord> versions, CancellationToken cancellationToken)
    {
        EnsureNotDeleted(LatestOf(versions));
        item.ContentItemVersionId = versions.Any(v => v.ContentItemVersionId == item.ContentItemVersionId)
            ? ContentIds.New()
            : await FreshVersionIdAsync(item.ContentItemVersionId, cancellationToken);
        var now = unitOfWork.UtcNow();
        item.CreatedUtc = versions[0].CreatedUtc;
        item.ModifiedUtc = now;
        item.Latest = true;
        item.Published = publish;
        item.PublishedUtc = publish ? now : versions.FirstOrDefault(v => v.Published)?.PublishedUtc;

        // Clear the old flags first: the unique filtered indexes allow one latest and one published version per item.
        foreach (var version in versions.Where(v => v.Latest || (publish && v.Published)))
        {
            var stillPublished = version.Published && !publish;
            ContentItemMapper.SetState(version, latest: false, stillPublished, version.PublishedUtc);
        }

        return ContentItemMapper.ToRecord(item);
    }

    private async Task UnpublishOthersAsync(string contentItemId, long keepId, CancellationToken cancellationToken)
    {
        var published = await db.ContentItems
            .Where(c => c.ContentItemId == contentItemId && c.Published && c.Id != keepId)
            .ToListAsync(cancellationToken);
        foreach (var version in published)
        {
            ContentItemMapper.SetState(version, version.Latest, published: false, version.PublishedUtc);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<List<ContentItemRecord>> LoadVersionsAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var versions = await db.ContentItems
            .Where(c => c.ContentItemId == contentItemId)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        return versions.Count > 0
            ? versions
            : throw new KeyNotFoundException($"Content item {contentItemId} does not exist.");
    }

    private async Task<string> FreshVersionIdAsync(string requested, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(requested)
            || await db.ContentItems.AnyAsync(c => c.ContentItemVersionId == requested, cancellationToken)
                ? ContentIds.New()
                : requested;

    private async Task AddTaskAsync(ContentItemRecord record, IndexingTaskKind kind, CancellationToken cancellationToken)
    {
        db.IndexingTasks.Add(new IndexingTaskRecord
        {
            ContentItemId = record.ContentItemId,
            ContentItemVersionId = record.ContentItemVersionId,
            Kind = kind,
            CreatedUtc = unitOfWork.UtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        if (changes is not null)
        {
            var contentType = record.ContentType;
            unitOfWork.AfterCommit(() => changes.Changed(contentType));
        }
    }

    private static ContentItemRecord LatestOf(List<ContentItemRecord> versions) =>
        versions.LastOrDefault(v => v.Latest) ?? versions[^1];

    private static void EnsureNotDeleted(ContentItemRecord record)
    {
        if (record.Deleted)
        {
            throw new InvalidOperationException($"Content item {record.ContentItemId} is deleted; restore a version first.");
        }
    }
}

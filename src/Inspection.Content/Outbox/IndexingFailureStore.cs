using Inspection.Content.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Content.Outbox;

/// <summary>Keeps indexing failures in the store's <c>IndexingFailures</c> table, one row per content item.</summary>
public sealed class IndexingFailureStore(InspectionDbContext db, TimeProvider time) : IIndexingFailureStore
{
    // Enough to recognise the fault; an exception message may quote a document, and this table is for administrators.
    private const int MaxErrorLength = 1_000;

    public async Task RecordAsync(IndexingTask task, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(reason);
        var now = time.GetUtcNow().UtcDateTime;
        var text = reason.Length <= MaxErrorLength ? reason : reason[..MaxErrorLength];
        var record = await db.IndexingFailures.FirstOrDefaultAsync(f => f.ContentItemId == task.ContentItemId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            db.IndexingFailures.Add(new IndexingFailureRecord
            {
                ContentItemId = task.ContentItemId,
                ContentItemVersionId = task.ContentItemVersionId,
                TaskId = task.Id,
                Error = text,
                Attempts = 1,
                FirstFailedUtc = now,
                LastFailedUtc = now,
            });
        }
        else
        {
            record.ContentItemVersionId = task.ContentItemVersionId;
            record.TaskId = task.Id;
            record.Error = text;
            record.Attempts++;
            record.LastFailedUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task ClearAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contentItemIds);
        // Nearly always empty: one cheap look spares a delete per batch.
        if (contentItemIds.Count == 0 || !await db.IndexingFailures.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        foreach (var chunk in contentItemIds.Chunk(500))
        {
            await db.IndexingFailures.Where(f => chunk.Contains(f.ContentItemId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task ClearAllAsync(CancellationToken cancellationToken) =>
        await db.IndexingFailures.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<IndexingFailure>> ListAsync(int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return await db.IndexingFailures.AsNoTracking()
            .OrderByDescending(f => f.LastFailedUtc)
            .ThenBy(f => f.ContentItemId)
            .Take(max)
            .Select(f => new IndexingFailure(f.ContentItemId, f.ContentItemVersionId, f.TaskId, f.Error, f.Attempts, f.FirstFailedUtc, f.LastFailedUtc))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => db.IndexingFailures.CountAsync(cancellationToken);
}

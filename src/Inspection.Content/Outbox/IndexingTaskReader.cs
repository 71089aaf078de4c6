using Inspection.Content.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Content.Outbox;

/// <summary>Reads indexing tasks from the store's <c>IndexingTasks</c> table.</summary>
public sealed class IndexingTaskReader(InspectionDbContext db) : IIndexingTaskReader
{
    public async Task<IReadOnlyList<IndexingTask>> ReadAfterAsync(long afterId, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return await db.IndexingTasks.AsNoTracking()
            .Where(t => t.Id > afterId)
            .OrderBy(t => t.Id)
            .Take(max)
            .Select(t => new IndexingTask(t.Id, t.ContentItemId, t.ContentItemVersionId, t.Kind, t.CreatedUtc))
            .ToListAsync(cancellationToken);
    }

    public async Task<long> GetLastIdAsync(CancellationToken cancellationToken) =>
        await db.IndexingTasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;

    public async Task<IReadOnlyList<string>> ListLiveItemIdsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.ContentItems.AsNoTracking()
            .Where(c => c.Latest && !c.Deleted)
            .OrderBy(c => c.Id)
            .Select(c => c.ContentItemId)
            .ToListAsync(cancellationToken);
        return [.. rows.Distinct(StringComparer.Ordinal)];
    }
}

namespace Inspection.Content.Outbox;

/// <summary>
/// Outbox items an indexer could not apply. The indexer records a failure and moves its cursor on, so one poisoned item
/// never holds back the items after it; a later successful indexing of the item (an edit, a rebuild) clears it.
/// </summary>
public interface IIndexingFailureStore
{
    /// <summary>Records a failed attempt at indexing <paramref name="task"/>'s item (counting attempts per item).</summary>
    Task RecordAsync(IndexingTask task, string reason, CancellationToken cancellationToken);

    /// <summary>Forgets the failures of items that have since been indexed.</summary>
    Task ClearAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken);

    /// <summary>Forgets every failure (a rebuild records afresh what still fails).</summary>
    Task ClearAllAsync(CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> failures, the latest first.</summary>
    Task<IReadOnlyList<IndexingFailure>> ListAsync(int max, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);
}

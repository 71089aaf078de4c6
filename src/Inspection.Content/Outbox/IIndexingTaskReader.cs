namespace Inspection.Content.Outbox;

/// <summary>Reads the outbox of content changes for indexers.</summary>
public interface IIndexingTaskReader
{
    /// <summary>Up to <paramref name="max"/> tasks whose id is greater than <paramref name="afterId"/>, oldest first.</summary>
    Task<IReadOnlyList<IndexingTask>> ReadAfterAsync(long afterId, int max, CancellationToken cancellationToken);

    /// <summary>The id of the newest task, or 0 when there is none: a rebuild from the store can start tailing from here.</summary>
    Task<long> GetLastIdAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The ids of every content item outside the recycle bin, oldest first, read without parsing any item: a rebuild
    /// from the store takes them one by one, so that a damaged item fails alone.
    /// </summary>
    Task<IReadOnlyList<string>> ListLiveItemIdsAsync(CancellationToken cancellationToken);
}

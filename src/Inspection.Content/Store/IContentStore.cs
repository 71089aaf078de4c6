using Inspection.Content.Model;

namespace Inspection.Content.Store;

/// <summary>Versioned content items: every save makes a new version; each change writes an indexing task in the same transaction.</summary>
public interface IContentStore
{
    /// <summary>Creates the first version of a new item (ids are generated when empty).</summary>
    Task<ContentItem> CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken);

    /// <summary>Saves a new version of an existing item; the previous versions stay as history.</summary>
    Task<ContentItem> UpdateAsync(ContentItem item, bool publish, CancellationToken cancellationToken);

    /// <summary>
    /// Saves a new version of each item in one go (one transaction, writes batched), each published if it says so
    /// (<see cref="ContentItem.Published"/>); the same as <see cref="UpdateAsync"/> item by item. Each item appears once.
    /// </summary>
    Task<IReadOnlyList<ContentItem>> UpdateManyAsync(IReadOnlyList<ContentItem> items, CancellationToken cancellationToken);

    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options, CancellationToken cancellationToken);

    /// <summary>The given version of each item found (not deleted), in one read; items not found are left out.</summary>
    Task<IReadOnlyList<ContentItem>> GetManyAsync(IReadOnlyCollection<string> contentItemIds, VersionOptions options, CancellationToken cancellationToken);

    Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken);

    /// <summary>All versions, oldest first.</summary>
    Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string contentItemId, CancellationToken cancellationToken);

    /// <summary>The latest version of every item that is not deleted, optionally of one type.</summary>
    Task<IReadOnlyList<ContentItem>> ListAsync(string? contentType, CancellationToken cancellationToken);

    Task PublishAsync(string contentItemVersionId, CancellationToken cancellationToken);

    Task UnpublishAsync(string contentItemId, CancellationToken cancellationToken);

    /// <summary>Makes an old version the content of a new latest version.</summary>
    Task<ContentItem> RestoreAsync(string contentItemVersionId, bool publish, CancellationToken cancellationToken);

    /// <summary>Soft delete: hidden from lists and search, still purgeable or restorable.</summary>
    Task DeleteAsync(string contentItemId, CancellationToken cancellationToken);

    /// <summary>The latest version of every deleted item, optionally only those deleted before <paramref name="before"/>, most recently deleted first.</summary>
    Task<IReadOnlyList<DeletedItem>> ListDeletedAsync(DateTime? before, CancellationToken cancellationToken);

    /// <summary>Removes a soft-deleted item and all its versions for good.</summary>
    Task PurgeAsync(string contentItemId, CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="work"/> in one transaction: everything it saves commits together or not at all.</summary>
    Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>
    /// Stops tracking the rows saved so far in this unit of work, for a caller that writes thousands of items in one
    /// transaction (a recipe) and holds none of their rows: each save otherwise scans every row saved before it. Does
    /// nothing while a change is still unsaved.
    /// </summary>
    void ForgetSaved();
}

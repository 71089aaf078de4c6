using Inspection.Content.Model;

namespace Inspection.Content.Evidence;

/// <summary>Saves an evidence item with its passages and findings, and reads them back.</summary>
public interface IEvidenceStore
{
    /// <summary>Creates the item (published) with its passages, findings and indexing task in one transaction.</summary>
    Task<ContentItem> CreateEvidenceAsync(ContentItem item, IReadOnlyList<Passage> passages, IReadOnlyList<Finding> findings, CancellationToken cancellationToken);

    /// <summary>
    /// Saves a version of an item written in the app (new when <paramref name="isNew"/>), as a draft or published, with the
    /// passages of its own text, and its indexing task, in one transaction.
    /// </summary>
    Task<ContentItem> SaveVersionAsync(ContentItem item, bool isNew, bool publish, IReadOnlyList<Passage> passages, CancellationToken cancellationToken);

    /// <summary>Adds findings to an item (a new version's), after those it has; the ids of findings it already has are kept as they are.</summary>
    Task AddFindingsAsync(string contentItemId, IReadOnlyList<Finding> findings, CancellationToken cancellationToken);

    /// <summary>Makes an old version the content of a new latest version, passages and all (the old version's text comes back too).</summary>
    Task<ContentItem> RestoreVersionAsync(string contentItemVersionId, bool publish, CancellationToken cancellationToken);

    /// <summary>The id of the item whose original has this SHA-256, if any (not deleted).</summary>
    Task<string?> FindBySourceHashAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>True when any version of any item, in the recycle bin or not, names this original.</summary>
    Task<bool> HoldsSourceHashAsync(string sha256, CancellationToken cancellationToken);

    Task<IReadOnlyList<Passage>> ListPassagesAsync(string contentItemVersionId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Finding>> ListFindingsAsync(string? contentItemId, CancellationToken cancellationToken);

    /// <summary><see cref="ListPassagesAsync"/> for many versions in a few reads, keyed by version id; a version not found has no entry.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Passage>>> ListPassagesManyAsync(IReadOnlyCollection<string> contentItemVersionIds, CancellationToken cancellationToken);

    /// <summary><see cref="ListFindingsAsync"/> for many items in a few reads, keyed by item id; an item without findings has no entry.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Finding>>> ListFindingsManyAsync(IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken);

    /// <summary>For each of these ids that names a passage or a finding, the item it belongs to; other ids are left out.</summary>
    Task<IReadOnlyDictionary<string, string>> OwningItemsAsync(IReadOnlyCollection<string> passageOrFindingIds, CancellationToken cancellationToken);

    /// <summary>
    /// The classification of each of these items that exists (unclassified items count as Official); ids of missing items,
    /// and of deleted ones unless <paramref name="includeDeleted"/>, are left out.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> ClassificationsAsync(IReadOnlyCollection<string> contentItemIds, bool includeDeleted, CancellationToken cancellationToken);
}

using Inspection.Content.Model;

namespace Inspection.Content.Evidence;

/// <summary>Saves an evidence item with its passages and findings, and reads them back.</summary>
public interface IEvidenceStore
{
    /// <summary>Creates the item (published) with its passages, findings and indexing task in one transaction.</summary>
    Task<ContentItem> CreateEvidenceAsync(ContentItem item, IReadOnlyList<Passage> passages, IReadOnlyList<Finding> findings, CancellationToken cancellationToken);

    /// <summary>The id of the item whose original has this SHA-256, if any (not deleted).</summary>
    Task<string?> FindBySourceHashAsync(string sha256, CancellationToken cancellationToken);

    Task<IReadOnlyList<Passage>> ListPassagesAsync(string contentItemVersionId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Finding>> ListFindingsAsync(string? contentItemId, CancellationToken cancellationToken);
}

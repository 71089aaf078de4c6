namespace Inspection.Readiness.Access;

/// <summary>
/// Which of a set of documents a caller may see, read once for a page's worth of ids: a document is visible when it exists,
/// is not deleted and its classification is one the caller may see; restricted when it exists but is not visible.
/// </summary>
public sealed class DocumentVisibility(IReadOnlyDictionary<string, string> classifications, IReadOnlyCollection<string> allowed)
{
    public bool IsVisible(string? documentId) =>
        documentId is not null && classifications.TryGetValue(documentId, out var classification) && allowed.Contains(classification, StringComparer.Ordinal);

    /// <summary>True for a live document the caller may not see: worth an audit line when they ask for it by id.</summary>
    public bool IsRestricted(string? documentId) =>
        documentId is not null && classifications.TryGetValue(documentId, out var classification) && !allowed.Contains(classification, StringComparer.Ordinal);

    /// <summary>The document's classification when it is live, else null.</summary>
    public string? ClassificationOf(string? documentId) =>
        documentId is not null && classifications.TryGetValue(documentId, out var classification) ? classification : null;
}

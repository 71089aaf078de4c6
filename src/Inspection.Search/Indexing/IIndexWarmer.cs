namespace Inspection.Search.Indexing;

/// <summary>
/// Work to do once the index has taken in changes (after a catch-up that applied any, and after a rebuild), so that the
/// first reader of the new segments does not pay for it: e.g. matching saved queries. Resolved from a fresh scope;
/// a failure is logged and does not undo the indexing.
/// </summary>
public interface IIndexWarmer
{
    Task WarmAsync(CancellationToken cancellationToken);
}

using Inspection.Content.Integrity;
using Inspection.Content.Outbox;
using Inspection.Search.Indexing;

namespace Inspection.Application.Operations;

/// <summary>
/// Index against store, after bringing the index up to date with the outbox as every command does: the same documents
/// with the same number of passages, and a sample of passage ids found in both.
/// </summary>
public sealed class IndexCheck(StoreInventory inventory, OutboxIndexer indexer, PassageIndex index, IIndexingTaskReader outbox) : IIntegrityCheckSection
{
    public string Name => "index";

    public string Title => "Search index: the same documents and passages as the store";

    public async Task<CheckSection> RunAsync(IntegrityCheckOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var found = new CheckFindings(options);
        if (index.IsReadOnly)
        {
            // Another process (the web app) holds the index and may be writing it now: comparing would find differences
            // that are only its work in progress. The web app's health page (/admin/health) reports on its index.
            found.Notice("index-in-use", "not checked: another process on this data folder (the web app?) holds the search index; run 'inspection check' when it has stopped, or see the web app's health page (/admin/health)");
            return found.ToSection(Name, Title);
        }

        await indexer.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        var last = await outbox.GetLastIdAsync(cancellationToken).ConfigureAwait(false);
        var cursor = new IndexCursor(index.IndexDirectory).Read();
        if (cursor < last)
        {
            found.Problem("index-behind", $"the index has applied the outbox up to task {cursor} of {last}");
        }

        var expected = await inventory.IndexableDocumentsAsync(cancellationToken).ConfigureAwait(false);
        var actual = IndexInventory.Take(index, options.SampleSize);
        found.Figure("storeDocuments", expected.Count);
        found.Figure("storePassages", expected.Values.Sum(v => (long)v));
        found.Figure("indexDocuments", actual.Documents.Count);
        found.Figure("indexPassages", actual.Passages);

        foreach (var (id, passages) in expected)
        {
            if (!actual.Documents.TryGetValue(id, out var indexed))
            {
                found.Problem("index-missing-document", $"document {id} ({passages} passages) is not in the index");
            }
            else if (indexed != passages)
            {
                found.Problem("index-passage-count", $"document {id} has {passages} passages in the store and {indexed} in the index");
            }
        }

        foreach (var (id, passages) in actual.Documents.Where(d => !expected.ContainsKey(d.Key)))
        {
            found.Problem("index-extra-document", $"the index holds {passages} passages of document {id}, which the store does not publish");
        }

        var sample = await inventory.SamplePassageIdsAsync(options.SampleSize, cancellationToken).ConfigureAwait(false);
        foreach (var id in IndexInventory.Missing(index, sample))
        {
            found.Problem("index-missing-passage", $"passage {id} is in the store but not in the index");
        }

        var inStore = await inventory.PublishedPassagesAsync(actual.SamplePassageIds, cancellationToken).ConfigureAwait(false);
        foreach (var id in actual.SamplePassageIds.Where(id => !inStore.Contains(id)))
        {
            found.Problem("index-extra-passage", $"passage {id} is in the index but not in a published version in the store");
        }

        found.Figure("sampledFromStore", sample.Count);
        found.Figure("sampledFromIndex", actual.SamplePassageIds.Count);
        found.Figure("outboxLastTask", last);
        found.Figure("indexCursor", cursor);
        if (found.HasProblems)
        {
            found.Notice("reindex", "'inspection reindex' rebuilds the index from the store");
        }

        return found.ToSection(Name, Title);
    }
}

using Inspection.Content.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Search.Indexing;

/// <summary>
/// Brings the local index up to date at the end of each ingestion batch, before the job is reported finished; when
/// another process holds the index (the web app beside a CLI command), that process indexes the batch from the store.
/// </summary>
internal sealed class LocalIndexBatchListener(IServiceProvider services) : IBatchCommitListener
{
    public async Task BatchCommittedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await services.GetRequiredService<OutboxIndexer>().CatchUpAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            // Not this process's index to update; the job's files are in the store and its outbox.
        }
    }
}

using Inspection.Content.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Search.Indexing;

/// <summary>Brings the local index up to date at the end of each ingestion batch, before the job is reported finished.</summary>
internal sealed class LocalIndexBatchListener(IServiceProvider services) : IBatchCommitListener
{
    public Task BatchCommittedAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<OutboxIndexer>().CatchUpAsync(cancellationToken);
}

using Inspection.Content.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inspection.Search.Indexing;

/// <summary>
/// Hands evidence committed in this process to the local <see cref="OutboxIndexer"/>. The index is opened at the first
/// commit, not when a store is built, so that commands which only read the store never take the index's write lock.
/// </summary>
internal sealed class LocalIndexCommitListener(IServiceProvider services, ILogger<LocalIndexCommitListener> logger) : IEvidenceCommitListener
{
    private volatile bool _unavailable;

    public void Committed(CommittedEvidence evidence)
    {
        if (_unavailable)
        {
            return;
        }

        try
        {
            services.GetRequiredService<OutboxIndexer>().Committed(evidence);
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            // Expected beside the web app on one data folder: not worth a warning, the holder indexes it.
            _unavailable = true;
            logger.LocalIndexHeldElsewhere();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The commit has happened and must not be reported as failed; the outbox still holds the task, so a catch-up
            // indexes it from the store. Once the index cannot be opened (another process holds it), stop trying.
            _unavailable = true;
            logger.LocalIndexUnavailable(ex);
        }
    }
}

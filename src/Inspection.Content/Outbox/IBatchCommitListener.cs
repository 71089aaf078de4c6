namespace Inspection.Content.Outbox;

/// <summary>
/// Told when a batch of evidence has been committed (an ingestion job, just before it is marked complete), so that a local
/// index can catch up first and a finished job means its evidence is searchable. A failing listener is logged and the
/// batch still completes: the outbox holds every task, so a later catch-up loses nothing.
/// </summary>
public interface IBatchCommitListener
{
    Task BatchCommittedAsync(CancellationToken cancellationToken);
}

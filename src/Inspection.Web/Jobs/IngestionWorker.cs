using Inspection.Application.Jobs;
using Inspection.Ingestion.Pipeline;
using Inspection.Search.Indexing;
using Inspection.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Inspection.Web.Jobs;

/// <summary>
/// Runs saved ingestion jobs in the background: at start it finishes what a crash or restart interrupted, then each
/// job an upload saves; after each pass it brings the index up to date (and picks up other nodes' changes on a timer).
/// </summary>
public sealed class IngestionWorker(
    IngestionJobRunner runner,
    OutboxIndexer indexer,
    IngestionSignal queue,
    UploadInbox inbox,
    JobHolds holds,
    IOptions<WebOptions> options,
    ILogger<IngestionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.IndexPollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (options.Value.RunIngestion)
                {
                    await runner.ResumeAsync(null, stoppingToken);
                    holds.ReleaseAll();
                    await inbox.RemoveFinishedAsync(stoppingToken);
                }
            }
            catch (JobWaitsException e)
            {
                // The data folder failed, not the file: the job's page says why its files wait, and the next pass tries again.
                holds.Hold(e.JobId, e.Reason);
                WebLog.JobWaits(logger, e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                WebLog.IngestionWorkerFailed(logger, e);
            }

            try
            {
                await indexer.CatchUpAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                WebLog.CatchUpFailed(logger, e);
            }

            try
            {
                await queue.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Inspection.Search.Meaning;

/// <summary>
/// Keeps the passage vectors up with the index in a long-running host (the web app): every few seconds it embeds a
/// batch of new passages, so ingestion never waits for the model. A failure is logged and retried on the next round.
/// </summary>
public sealed class MeaningCatchUpService(MeaningIndex meaning, ILogger<MeaningCatchUpService> logger) : BackgroundService
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(5);
    private const int PassagesPerRound = 256;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!meaning.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var embedded = 0;
            try
            {
                embedded = await meaning.CatchUpAsync(PassagesPerRound, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A background boundary: the passages without vectors are tried again next round.
                logger.MeaningCatchUpFailed(ex);
            }

            if (embedded < PassagesPerRound)
            {
                await Task.Delay(Pause, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}

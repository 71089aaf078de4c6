using Inspection.Application.Documents;
using Inspection.Readiness.Access;
using Inspection.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Inspection.Web.Jobs;

/// <summary>
/// Empties the recycle bin of documents deleted longer ago than <c>RecycleBin:RetentionDays</c>: an hour after start, then
/// every six hours, on the node that runs background work (<c>Web:RunIngestion</c>). Each purge is audited as "retention".
/// </summary>
public sealed class RetentionWorker(IServiceScopeFactory scopes, IOptions<WebOptions> options, TimeProvider time, ILogger<RetentionWorker> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRun = TimeSpan.FromHours(1);
    private static readonly TimeSpan Every = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunIngestion)
        {
            return;
        }

        try
        {
            await Task.Delay(FirstRun, time, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var purged = await scope.ServiceProvider.GetRequiredService<RecycleBin>().PurgeExpiredAsync(Caller.Operator("retention"), stoppingToken);
                    if (purged > 0)
                    {
                        WebLog.Purged(logger, purged);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    WebLog.RetentionFailed(logger, e);
                }

                await Task.Delay(Every, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}

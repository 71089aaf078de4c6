using Inspection.Application.Learning;
using Inspection.Content.Persistence;
using Inspection.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inspection.Web.Jobs;

/// <summary>
/// Retrains the kind classifier in the background when the store's documents have changed (new ones, corrections):
/// looked at every ten minutes on the node that runs background work, trained only when something changed.
/// </summary>
public sealed class KindTrainer(IServiceScopeFactory scopes, IOptions<WebOptions> options, TimeProvider time, ILogger<KindTrainer> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(10);
    private DateTime? _trainedAtChange;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunIngestion)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
                    var lastChange = await db.ContentItems.AsNoTracking().MaxAsync(c => (DateTime?)c.ModifiedUtc, stoppingToken);
                    if (lastChange is not null && lastChange != _trainedAtChange)
                    {
                        var trained = await scope.ServiceProvider.GetRequiredService<KindLearning>().TrainAsync(stoppingToken);
                        _trainedAtChange = lastChange;
                        WebLog.KindModelTrained(logger, trained);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    WebLog.KindTrainingFailed(logger, e);
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

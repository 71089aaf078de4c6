using Inspection.Readiness.Setup;
using Microsoft.Extensions.Options;

namespace Inspection.Web.Hosting;

/// <summary>Before the server takes requests: migrations, the shipped recipes and (by default) the sample evidence.</summary>
public sealed class StartupSetup(IServiceScopeFactory scopes, IOptions<WebOptions> options, ILogger<StartupSetup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var samples = options.Value.LoadSamples ? BundledFiles.SamplesDirectory : null;
        var result = await scope.ServiceProvider.GetRequiredService<StoreSetup>()
            .RunAsync(BundledFiles.RecipesDirectory, samples, cancellationToken);
        WebLog.SetupDone(logger, result.Recipes.Count, result.Samples.Count(o => o.Status == Content.Jobs.IngestionItemStatuses.Created));
        if (await scope.ServiceProvider.GetRequiredService<Content.Users.IUserAccountStore>().CountAsync(cancellationToken) == 0)
        {
            WebLog.NoUsersYet(logger);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

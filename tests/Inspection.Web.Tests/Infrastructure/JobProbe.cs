using Inspection.Content;
using Inspection.Content.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Web.Tests.Infrastructure;

/// <summary>Reads the upload jobs of a store that other processes are working on, as an operator's query would.</summary>
public sealed class JobProbe : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public JobProbe(string data, IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Store:DataDirectory"] = data })
            .Build();
        _services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddInspectionContent().BuildServiceProvider();
    }

    public Task<IReadOnlyList<IngestionJob>> JobsAsync() =>
        InScopeAsync(jobs => jobs.ListRecentAsync(100, CancellationToken.None));

    public Task<IReadOnlyList<IngestionJobItem>> ItemsAsync(string jobId) =>
        InScopeAsync(jobs => jobs.ListItemsAsync(jobId, CancellationToken.None));

    public async Task<IReadOnlyList<IngestionJobItem>> AllItemsAsync()
    {
        var items = new List<IngestionJobItem>();
        foreach (var job in await JobsAsync())
        {
            items.AddRange(await ItemsAsync(job.Id));
        }

        return items;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private async Task<T> InScopeAsync<T>(Func<IIngestionJobStore, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IIngestionJobStore>());
    }
}

using Inspection.Content;
using Inspection.Content.Jobs;
using Inspection.Content.Outbox;
using Inspection.Content.Store;
using Inspection.Ingestion.Pipeline;
using Inspection.Ingestion.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Ingestion.Tests.Pipeline;

/// <summary>A job is marked complete only after the batch listeners (the local index) have run, and a failing one does not fail the job.</summary>
public sealed class BatchCommitListenerTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly TempFolder _incoming = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
        _incoming.Dispose();
    }

    [Fact]
    public async Task ListenersRunAfterTheEvidenceIsSavedAndBeforeTheJobIsComplete()
    {
        _incoming.Write("panel-note.txt", "Corporate parenting panel note\n\nThe panel reviewed placement stability for children in care.\n"u8.ToArray());
        var seen = new List<(int Documents, int Unfinished)>();
        await using var services = Services(new RecordingListener(seen), new ThrowingListener());
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IStoreInitializer>().InitializeAsync(CancellationToken.None);
        }

        var outcomes = await services.GetRequiredService<IngestionJobRunner>()
            .RunAsync(SourceFiles.Expand([_incoming.Path]), IngestSettings.Default, null, CancellationToken.None);

        Assert.Equal(IngestionItemStatuses.Created, Assert.Single(outcomes).Status);
        Assert.Equal([(1, 1)], seen);
        await using var after = services.CreateAsyncScope();
        Assert.Empty(await after.ServiceProvider.GetRequiredService<IIngestionJobStore>().ListUnfinishedAsync(CancellationToken.None));
    }

    private ServiceProvider Services(params IBatchCommitListener[] listeners)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Store:DataDirectory"] = _data.Path })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddInspectionContent();
        services.AddInspectionIngestion();
        foreach (var listener in listeners)
        {
            services.AddSingleton(listener);
        }

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        foreach (var listener in listeners.OfType<RecordingListener>())
        {
            listener.Services = provider;
        }

        return provider;
    }

    private sealed class RecordingListener(List<(int Documents, int Unfinished)> seen) : IBatchCommitListener
    {
        public IServiceProvider? Services { get; set; }

        public async Task BatchCommittedAsync(CancellationToken cancellationToken)
        {
            await using var scope = Services!.CreateAsyncScope();
            var documents = await scope.ServiceProvider.GetRequiredService<IContentStore>().ListAsync(null, cancellationToken);
            var unfinished = await scope.ServiceProvider.GetRequiredService<IIngestionJobStore>().ListUnfinishedAsync(cancellationToken);
            seen.Add((documents.Count, unfinished.Count));
        }
    }

    private sealed class ThrowingListener : IBatchCommitListener
    {
        public Task BatchCommittedAsync(CancellationToken cancellationToken) => throw new IOException("the index folder is read-only");
    }
}

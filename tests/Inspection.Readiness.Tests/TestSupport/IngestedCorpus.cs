using Inspection.Content;
using Inspection.Content.Recipes;
using Inspection.Content.Store;
using Inspection.Ingestion;
using Inspection.Ingestion.Pipeline;
using Inspection.Search;
using Inspection.Search.Indexing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Readiness.Tests.TestSupport;

/// <summary>
/// The services the CLI composes, over a temp data folder holding a real SQLite store and index, with the real corpus PDFs
/// ingested through the real pipeline once for every test of the collection.
/// </summary>
public sealed class IngestedCorpus : IAsyncLifetime
{
    public const string MedwayRevisit = "medway-cabinet-send-revisit-2020.pdf";
    public const string ThurrockScrutiny = "thurrock-childrens-overview-scrutiny-2021-10.pdf";
    public const string MedwayLeadMember = "medway-lead-member-childrens-services-2022.pdf";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "inspection-readiness-" + Guid.NewGuid().ToString("N"));

    public ServiceProvider Services { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        Services = Compose(DataDirectory);
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IStoreInitializer>().InitializeAsync(CancellationToken.None);
        }

        var files = new[] { MedwayRevisit, ThurrockScrutiny, MedwayLeadMember }.Select(RepoPaths.CorpusFile).ToList();
        var outcomes = await Services.GetRequiredService<IngestionJobRunner>().RunAsync(files, new IngestSettings("test-setup"), null, CancellationToken.None);
        if (outcomes.Any(o => o.Status != Content.Jobs.IngestionItemStatuses.Created))
        {
            throw new InvalidOperationException("corpus ingestion failed: " + string.Join("; ", outcomes.Select(o => o.Error)));
        }

        await Services.GetRequiredService<OutboxIndexer>().CatchUpAsync(CancellationToken.None);
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean: the temp folder matters less than the tests' results.
        }
    }

    public static ServiceProvider Compose(string dataDirectory)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Search:IndexDirectory"] = Path.Combine(dataDirectory, "index"),
                ["Search:GlossaryPath"] = RepoPaths.GlossaryRecipe,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddInspectionContent(store => store.DataDirectory = dataDirectory);
        services.AddInspectionRecipes();
        services.AddInspectionIngestion();
        services.AddInspectionSearch();
        services.AddInspectionReadiness();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}

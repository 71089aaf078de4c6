using Inspection.Content;
using Inspection.Content.Recipes;
using Inspection.Content.Store;
using Inspection.Ingestion;
using Inspection.Ingestion.Pipeline;
using Inspection.Search;
using Inspection.Search.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Readiness.Tests.Fixtures;

/// <summary>
/// A real store in a temp folder composed as the CLI composes it: the shipped recipes applied, files ingested through the
/// pipeline and indexed from the outbox. "Today" is a fixed clock so staleness is reproducible.
/// </summary>
public sealed class ReadinessStore : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IReadOnlyDictionary<string, string?>? _settings;
    private bool _handedOver;

    private ReadinessStore(string folder, ServiceProvider services, FixedClock clock, IReadOnlyDictionary<string, string?>? settings)
    {
        Folder = folder;
        _services = services;
        Clock = clock;
        _settings = settings;
    }

    public string Folder { get; }

    public FixedClock Clock { get; }

    public IServiceProvider Services => _services;

    public static async Task<ReadinessStore> CreateAsync(DateTimeOffset today, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "inspection-readiness-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var store = Build(folder, today, settings);
        var provider = store._services;
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IStoreInitializer>().InitializeAsync(CancellationToken.None);
            var recipes = Directory.EnumerateFiles(RepoPaths.Recipes, "*.recipe.json")
                .OrderBy(f => Path.GetFileName(f).Contains("setup", StringComparison.Ordinal) ? 0 : 1)
                .ThenBy(f => f, StringComparer.Ordinal)
                .ToList();
            await scope.ServiceProvider.GetRequiredService<RecipeImporter>().ImportFilesAsync(recipes, null, CancellationToken.None);
        }

        return store;
    }

    /// <summary>
    /// The same folder as a new process would see it: these services are disposed (as at process exit) and new ones
    /// built, with nothing in memory carried over. The returned store owns the folder from then on.
    /// </summary>
    public async Task<ReadinessStore> ReopenAsync()
    {
        _handedOver = true;
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return Build(Folder, Clock.GetUtcNow(), _settings);
    }

    private static ReadinessStore Build(string folder, DateTimeOffset today, IReadOnlyDictionary<string, string?>? settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Store:DataDirectory"] = folder,
            ["Search:IndexDirectory"] = Path.Combine(folder, "index"),
            ["Search:GlossaryPath"] = RepoPaths.GlossaryRecipe,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var clock = new FixedClock(today);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddInspectionContent(store => store.DataDirectory = folder);
        services.AddInspectionRecipes();
        services.AddInspectionIngestion();
        services.AddInspectionSearch();
        services.AddInspectionReadiness();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        return new ReadinessStore(folder, provider, clock, settings);
    }

    /// <summary>Ingests files through the real pipeline and brings the index up to date.</summary>
    public async Task<IReadOnlyList<IngestOutcome>> IngestAsync(IReadOnlyList<string> files, string classification = "Official")
    {
        var outcomes = await _services.GetRequiredService<IngestionJobRunner>()
            .RunAsync(files, new IngestSettings("tester", classification), null, CancellationToken.None);
        await CatchUpAsync();
        return outcomes;
    }

    public Task<int> CatchUpAsync() => _services.GetRequiredService<OutboxIndexer>().CatchUpAsync(CancellationToken.None);

    /// <summary>Runs work in a fresh scope, as one request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public string WriteFile(string name, string text)
    {
        var path = Path.Combine(Folder, "inputs", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        if (_handedOver)
        {
            return;
        }

        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean: a test's assertion matters more than its temp folder.
        }
    }
}

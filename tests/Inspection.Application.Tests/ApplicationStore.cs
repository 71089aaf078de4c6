using Inspection.Content;
using Inspection.Content.Recipes;
using Inspection.Content.Store;
using Inspection.Ingestion;
using Inspection.Ingestion.Pipeline;
using Inspection.Readiness;
using Inspection.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Application.Tests;

/// <summary>
/// A real SQLite store in a temp folder composed as the hosts compose it (the shipped recipes applied, the application
/// layer on top), with files ingested through the real pipeline by a named uploader.
/// </summary>
public sealed class ApplicationStore : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ApplicationStore(string folder, ServiceProvider services)
    {
        Folder = folder;
        _services = services;
    }

    public string Folder { get; }

    public static string Root { get; } = FindRoot();

    public static async Task<ApplicationStore> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "inspection-application-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:DataDirectory"] = folder,
            ["Search:IndexDirectory"] = Path.Combine(folder, "index"),
            ["Search:GlossaryPath"] = Path.Combine(Root, "content-recipes", "glossary.recipe.json"),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddInspectionContent(store => store.DataDirectory = folder);
        services.AddInspectionRecipes();
        services.AddInspectionIngestion();
        services.AddInspectionSearch();
        services.AddInspectionReadiness();
        services.AddInspectionApplication();
        var store = new ApplicationStore(folder, services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));
        await store.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IStoreInitializer>().InitializeAsync(CancellationToken.None);
            var recipes = Directory.EnumerateFiles(Path.Combine(Root, "content-recipes"), "*.recipe.json")
                .OrderBy(f => Path.GetFileName(f).Contains("setup", StringComparison.Ordinal) ? 0 : 1)
                .ThenBy(f => f, StringComparer.Ordinal)
                .ToList();
            return await sp.GetRequiredService<RecipeImporter>().ImportFilesAsync(recipes, null, CancellationToken.None);
        });
        return store;
    }

    /// <summary>Ingests one file as <paramref name="uploader"/> would, filed under <paramref name="classification"/>; returns the job's id and outcome.</summary>
    public async Task<(string JobId, IngestOutcome Outcome)> IngestAsync(string path, string uploader, string classification)
    {
        var outcome = Assert.Single(await _services.GetRequiredService<IngestionJobRunner>()
            .RunAsync([path], new IngestSettings(uploader, classification), null, CancellationToken.None));
        var job = await InScopeAsync(sp => sp.GetRequiredService<Content.Jobs.IIngestionJobStore>().ListRecentAsync(1, CancellationToken.None));
        return (Assert.Single(job).Id, outcome);
    }

    /// <summary>Runs work in a fresh scope, as one request or command would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
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

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Inspection.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Inspection.sln not found above " + AppContext.BaseDirectory);
    }
}

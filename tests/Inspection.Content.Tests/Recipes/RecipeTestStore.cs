using Inspection.Content.Definitions;
using Inspection.Content.Outbox;
using Inspection.Content.Recipes;
using Inspection.Content.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Content.Tests.Recipes;

/// <summary>A real SQLite store in a temp folder with recipes registered the way a host registers them.</summary>
internal sealed class RecipeTestStore(Action<IServiceCollection>? configure = null)
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "inspection-recipe-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging()
            .AddInspectionContent(o => o.DataDirectory = _dataDirectory)
            .AddInspectionRecipes();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider(validateScopes: true);
        await Run(async s =>
        {
            await s.Services.GetRequiredService<IStoreInitializer>().InitializeAsync(CancellationToken.None);
            return true;
        });
    }

    /// <summary>Runs <paramref name="work"/> in a fresh scope, as one request or command would.</summary>
    public async Task<T> Run<T>(Func<Scope, Task<T>> work)
    {
        await using var scope = _services!.CreateAsyncScope();
        return await work(new Scope(scope.ServiceProvider));
    }

    public Task<RecipeImportResult> ImportFileAsync(string path, IReadOnlyDictionary<string, string>? parameters) =>
        Run(s => s.Importer.ImportFileAsync(path, parameters, CancellationToken.None));

    public Task<IReadOnlyList<RecipeImportResult>> ImportFilesAsync(IReadOnlyList<string> paths, IReadOnlyDictionary<string, string>? parameters) =>
        Run(s => s.Importer.ImportFilesAsync(paths, parameters, CancellationToken.None));

    public string WriteRecipe(string fileName, string text)
    {
        var folder = Path.Combine(_dataDirectory, "recipes");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Everything a failed import must not have touched.</summary>
    public Task<StoreCounts> CountsAsync() => Run(async s => new StoreCounts(
        (await s.Content.ListAsync(null, CancellationToken.None)).Count,
        (await s.Definitions.ListTypesAsync(CancellationToken.None)).Count,
        (await s.Definitions.ListPartsAsync(CancellationToken.None)).Count,
        (await s.Roles.ListAsync(CancellationToken.None)).Count,
        await s.Tasks.GetLastIdAsync(CancellationToken.None)));

    /// <summary>Versions per item and the newest indexing task: an idempotent import changes neither.</summary>
    public Task<string> VersionCountsAsync() => Run(async s =>
    {
        var counts = new List<string>();
        foreach (var item in await s.Content.ListAsync(null, CancellationToken.None))
        {
            counts.Add($"{item.ContentItemId}:{(await s.Content.ListVersionsAsync(item.ContentItemId, CancellationToken.None)).Count}");
        }

        counts.Add($"tasks:{await s.Tasks.GetLastIdAsync(CancellationToken.None)}");
        return string.Join(",", counts);
    });

    /// <summary>Disposes the services and deletes the temp folder; called from the test class's IAsyncLifetime.</summary>
    public async Task CloseAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    internal sealed record StoreCounts(int Items, int Types, int Parts, int Roles, long LastTaskId);

    internal sealed class Scope(IServiceProvider services)
    {
        public IServiceProvider Services { get; } = services;

        public RecipeImporter Importer => Services.GetRequiredService<RecipeImporter>();

        public RecipeExporter Exporter => Services.GetRequiredService<RecipeExporter>();

        public IContentStore Content => Services.GetRequiredService<IContentStore>();

        public IContentDefinitionStore Definitions => Services.GetRequiredService<IContentDefinitionStore>();

        public IRoleStore Roles => Services.GetRequiredService<IRoleStore>();

        public IIndexingTaskReader Tasks => Services.GetRequiredService<IIndexingTaskReader>();
    }
}

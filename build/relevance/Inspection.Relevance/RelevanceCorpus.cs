using System.Globalization;
using Inspection.Content;
using Inspection.Content.Evidence;
using Inspection.Content.Recipes;
using Inspection.Content.Store;
using Inspection.Ingestion;
using Inspection.Ingestion.Pipeline;
using Inspection.Readiness;
using Inspection.Search;
using Inspection.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inspection.Relevance;

/// <summary>
/// The judged corpus as staff would hold it: a store in a temp folder set up with the shipped recipes, the three real
/// council papers and the sample evidence ingested through the product's pipeline and indexed from the outbox. The
/// Thurrock agenda pack is Official-Sensitive and the sample case audit Personal, so that trimming is judged too.
/// </summary>
public sealed class RelevanceCorpus : IAsyncDisposable
{
    private static readonly (string File, string Classification)[] RealFiles =
    [
        ("medway-cabinet-send-revisit-2020.pdf", Classifications.Official),
        ("medway-lead-member-childrens-services-2022.pdf", Classifications.Official),
        ("thurrock-childrens-overview-scrutiny-2021-10.pdf", Classifications.OfficialSensitive),
    ];

    private const string PersonalSample = "thematic-audit-missing-children-rhi-2025-08.pdf";

    private readonly ServiceProvider _services;

    private RelevanceCorpus(string folder, ServiceProvider services, IReadOnlyList<CorpusPassage> passages)
    {
        Folder = folder;
        _services = services;
        Passages = passages;
    }

    public string Folder { get; }

    public IServiceProvider Services => _services;

    public IReadOnlyList<CorpusPassage> Passages { get; }

    /// <summary>How long embedding the corpus for meaning search took, and what its vectors take.</summary>
    public EmbeddingFigures Embedding { get; private init; } = new(0, TimeSpan.Zero, 0, 0);

    /// <summary>
    /// Builds the corpus; <paramref name="settings"/> override the product's settings (as environment variables would);
    /// <paramref name="vectorCache"/>, when given, is a folder that remembers vectors between runs (<see cref="CachedEmbedder"/>).
    /// </summary>
    public static async Task<RelevanceCorpus> BuildAsync(IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken, string? vectorCache = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "inspection-relevance", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Store:DataDirectory"] = folder,
            ["Search:IndexDirectory"] = Path.Combine(folder, "index"),
            ["Search:GlossaryPath"] = Path.Combine(RepositoryPaths.Recipes, "glossary.recipe.json"),
            ["Search:MaxTop"] = "1000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        if (vectorCache is not null)
        {
            services.AddSingleton(sp => Search.Meaning.MeaningModels.Create(
                values.GetValueOrDefault("Search:MeaningModel") ?? Search.Meaning.MeaningModels.ArcticXs,
                model => new CachedEmbedder(model, vectorCache)));
        }

        services.AddInspectionContent(store => store.DataDirectory = folder);
        services.AddInspectionRecipes();
        services.AddInspectionIngestion();
        services.AddInspectionSearch();
        services.AddInspectionReadiness();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        try
        {
            await using (var scope = provider.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<IStoreInitializer>().InitializeAsync(cancellationToken).ConfigureAwait(false);
                var recipes = Directory.EnumerateFiles(RepositoryPaths.Recipes, "*.recipe.json")
                    .OrderBy(f => Path.GetFileName(f).Contains("setup", StringComparison.Ordinal) ? 0 : 1)
                    .ThenBy(f => f, StringComparer.Ordinal)
                    .ToList();
                await scope.ServiceProvider.GetRequiredService<RecipeImporter>().ImportFilesAsync(recipes, null, cancellationToken).ConfigureAwait(false);
            }

            var runner = provider.GetRequiredService<IngestionJobRunner>();
            foreach (var (file, classification) in RealFiles)
            {
                await IngestAsync(runner, [Path.Combine(RepositoryPaths.RealCorpus, file)], classification, cancellationToken).ConfigureAwait(false);
            }

            var samples = Directory.EnumerateFiles(RepositoryPaths.Samples)
                .Where(f => !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            await IngestAsync(runner, [.. samples.Where(f => Path.GetFileName(f) != PersonalSample)], Classifications.Official, cancellationToken).ConfigureAwait(false);
            await IngestAsync(runner, [.. samples.Where(f => Path.GetFileName(f) == PersonalSample)], Classifications.Personal, cancellationToken).ConfigureAwait(false);
            await provider.GetRequiredService<OutboxIndexer>().CatchUpAsync(cancellationToken).ConfigureAwait(false);
            var meaning = provider.GetRequiredService<Search.Meaning.MeaningIndex>();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var embedded = await meaning.CatchUpAsync(int.MaxValue, cancellationToken).ConfigureAwait(false);
            clock.Stop();
            return new RelevanceCorpus(folder, provider, ReadPassages(provider.GetRequiredService<PassageIndex>()))
            {
                Embedding = new EmbeddingFigures(embedded, clock.Elapsed, meaning.Vectors.MemoryBytes, meaning.Vectors.DiskBytes),
            };
        }
        catch
        {
            await provider.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync().ConfigureAwait(false);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind costs nothing; the figures matter more.
        }
    }

    private static async Task IngestAsync(IngestionJobRunner runner, IReadOnlyList<string> files, string classification, CancellationToken cancellationToken)
    {
        var outcomes = await runner.RunAsync(files, new IngestSettings("relevance", classification), null, cancellationToken).ConfigureAwait(false);
        var failed = outcomes.FirstOrDefault(o => o.Status != "created");
        if (failed is not null)
        {
            throw new InvalidOperationException($"{failed.File} was not ingested: {failed.Status} {failed.Error}");
        }
    }

    private static List<CorpusPassage> ReadPassages(PassageIndex index) => index.Read(searcher =>
    {
        var passages = new List<CorpusPassage>();
        var reader = searcher.IndexReader;
        var live = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc))
            {
                continue;
            }

            var stored = reader.Document(doc);
            var date = stored.Get(PassageFields.Date, CultureInfo.InvariantCulture);
            passages.Add(new CorpusPassage(
                stored.Get(PassageFields.PassageId, CultureInfo.InvariantCulture),
                stored.Get(PassageFields.DocumentId, CultureInfo.InvariantCulture),
                stored.Get(PassageFields.Title, CultureInfo.InvariantCulture) ?? string.Empty,
                stored.GetValues(PassageFields.Kind, CultureInfo.InvariantCulture) ?? [],
                date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                stored.Get(PassageFields.Organisation, CultureInfo.InvariantCulture),
                stored.Get(PassageFields.Classification, CultureInfo.InvariantCulture) ?? Classifications.Official,
                stored.GetValues(PassageFields.Themes, CultureInfo.InvariantCulture) ?? [],
                stored.Get(PassageFields.HeadingPath, CultureInfo.InvariantCulture) ?? string.Empty,
                stored.Get(PassageFields.Text, CultureInfo.InvariantCulture) ?? string.Empty));
        }

        return passages;
    });
}

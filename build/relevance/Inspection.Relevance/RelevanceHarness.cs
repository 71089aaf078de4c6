using Inspection.Readiness.Themes;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Relevance;

/// <summary>
/// The whole harness: the corpus built once, the product's search and the baselines run over every judged query: plain BM25
/// always, and PostgreSQL's full-text search when a server is given (<c>INSPECTION_TEST_POSTGRES</c>, as the other tests).
/// </summary>
public sealed class RelevanceHarness : IAsyncDisposable
{
    private readonly PlainBm25Engine _baseline;

    /// <summary>The variable naming a PostgreSQL server (a connection string) for the PostgreSQL baseline.</summary>
    public const string PostgresVariable = "INSPECTION_TEST_POSTGRES";

    private PostgresFtsEngine? _postgres;

    private RelevanceHarness(RelevanceCorpus corpus, IReadOnlyList<JudgedQuery> queries)
    {
        Corpus = corpus;
        Queries = queries;
        Filters = new CorpusFilters(corpus);
        _baseline = new PlainBm25Engine(corpus, Filters);
        // The same search without meaning: words only, through the same theme-aware entry.
        var options = corpus.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Search.SearchOptions>>();
        var wordsOnly = new Search.SearchService(
            corpus.Services.GetRequiredService<Search.Indexing.PassageIndex>(),
            corpus.Services.GetRequiredService<Search.Analysis.GlossaryProvider>(),
            corpus.Services.GetRequiredService<Search.Analysis.InspectionAnalyzer>(),
            options,
            types: corpus.Services.GetRequiredService<Content.Definitions.IEvidenceTypeCatalog>());
        WordsOnly = new ProductEngine("ours, words only", async (request, cancellationToken) =>
        {
            await using var scope = corpus.Services.CreateAsyncScope();
            var themes = new ThemeEvidence(
                scope.ServiceProvider.GetRequiredService<Readiness.Frameworks.IFrameworkCatalog>(),
                scope.ServiceProvider.GetRequiredService<ThemeQueryBuilder>(),
                wordsOnly);
            return await themes.SearchAsync(request, cancellationToken).ConfigureAwait(false);
        });
        MeaningOnly = new MeaningOnlyEngine(corpus.Services.GetRequiredService<Search.Meaning.MeaningIndex>(), Filters);
        Product = new ProductEngine("ours", async (request, cancellationToken) =>
        {
            // As the search page and the CLI ask: through the theme-aware entry, one scope per search.
            await using var scope = corpus.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IThemeEvidence>().SearchAsync(request, cancellationToken).ConfigureAwait(false);
        });
    }

    public RelevanceCorpus Corpus { get; }

    public IReadOnlyList<JudgedQuery> Queries { get; }

    public CorpusFilters Filters { get; }

    public IRankingEngine Product { get; }

    public IRankingEngine WordsOnly { get; }

    public IRankingEngine Baseline => _baseline;

    /// <summary>The meaning index alone, before fusion: what meaning search could bring.</summary>
    public IRankingEngine MeaningOnly { get; }

    /// <summary>PostgreSQL's full-text search over the same passages, or null when no server was given.</summary>
    public IRankingEngine? Postgres => _postgres;

    /// <summary>Every engine, in the report's order.</summary>
    public IReadOnlyList<IRankingEngine> Engines => _postgres is null ? [Product, WordsOnly, MeaningOnly, Baseline] : [Product, WordsOnly, MeaningOnly, Baseline, _postgres];

    public static async Task<RelevanceHarness> CreateAsync(string judgementsPath, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken, string? vectorCache = null)
    {
        var queries = JudgementFile.Load(judgementsPath);
        var corpus = await RelevanceCorpus.BuildAsync(settings, cancellationToken, vectorCache).ConfigureAwait(false);
        var harness = new RelevanceHarness(corpus, queries);
        if (Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } postgres)
        {
            try
            {
                harness._postgres = await PostgresFtsEngine.CreateAsync(postgres, corpus, harness.Filters, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await harness.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        return harness;
    }

    public Task<IReadOnlyList<QueryOutcome>> RunAsync(CancellationToken cancellationToken) =>
        RelevanceRun.RunAsync(Corpus, Filters, Queries, Engines, cancellationToken);

    /// <summary>The product's top ten for a query typed by hand, with message, scores, kinds and the start of each passage.</summary>
    public async Task<string> ProbeAsync(string query, CancellationToken cancellationToken)
    {
        await using var scope = Corpus.Services.CreateAsyncScope();
        var request = new Search.SearchRequest { Query = query, AllowedClassifications = Content.Evidence.Classifications.All, Top = 10 };
        var results = await scope.ServiceProvider.GetRequiredService<IThemeEvidence>().SearchAsync(request, cancellationToken).ConfigureAwait(false);
        var text = new System.Text.StringBuilder();
        text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{query}: {results.Total} ({results.Message})");
        foreach (var hit in results.Hits)
        {
            var start = hit.Text.ReplaceLineEndings(" ");
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  {hit.Score,7:F3} {hit.Kind,-16} {hit.PassageId[^6..]} +{hit.MoreFromDocument} {start[..Math.Min(150, start.Length)]}");
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"          {hit.Text.Length} chars; {hit.Title} | {hit.HeadingPath} | {hit.SnippetText.ReplaceLineEndings(" ")}");
        }

        return text.ToString();
    }

    /// <summary>The query as the search corrected it ("Did you mean"), or null when no word was corrected.</summary>
    public async Task<string?> CorrectedAsync(string query, CancellationToken cancellationToken)
    {
        await using var scope = Corpus.Services.CreateAsyncScope();
        var request = new Search.SearchRequest { Query = query, AllowedClassifications = Content.Evidence.Classifications.All, Top = 1 };
        var results = await scope.ServiceProvider.GetRequiredService<IThemeEvidence>().SearchAsync(request, cancellationToken).ConfigureAwait(false);
        return results.CorrectedQuery;
    }

    public async ValueTask DisposeAsync()
    {
        _baseline.Dispose();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync().ConfigureAwait(false);
        }

        await Corpus.DisposeAsync().ConfigureAwait(false);
    }
}

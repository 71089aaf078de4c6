using System.Diagnostics;
using System.Globalization;
using Cloud.Unum.USearch;
using Inspection.Cli.Hosting;
using Inspection.Search.Meaning;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Bench.Search;

/// <summary>
/// <c>hnsw-profile DATA [VECTORS]</c>: USearch's HNSW graph (int8, cosine, several vectors to a passage) built over the
/// same vectors as the product's flat scan (or the passages of its first VECTORS vectors, both searches over those), then the mix's word and acronym queries and the ten in other words asked of both:
/// the graph's time and its recall of the exact top 40 passages, asking it for 40, 120 and 400 vectors and re-scoring
/// the passages it names exactly (their every vector), as an approximate path would.
/// </summary>
internal static class HnswProfile
{
    private const int Top = 40;

    public static IReadOnlyList<string> Run(string dataDirectory, int maxVectors)
    {
        using var services = CliServices.Build(dataDirectory);
        var meaning = services.GetRequiredService<MeaningIndex>();
        var embedder = services.GetRequiredService<IPassageEmbedder>();
        var plainEnglish = services.GetService<PlainEnglishProvider>();
        var reference = new ReferenceScan(meaning.Vectors.Folder, embedder.Dimensions, maxVectors);
        var rows = reference.AllRows();
        var lines = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{rows.Count} vectors of {rows.Select(r => r.Passage).Distinct().Count()} passages") };
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuStart = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using var graph = new USearchIndex(MetricKind.Cos, ScalarKind.Int8, (ulong)embedder.Dimensions, connectivity: 16, expansionAdd: 128, expansionSearch: 64, multi: true);
        const int batch = 65_536;
        for (var first = 0; first < rows.Count; first += batch)
        {
            var part = rows.Skip(first).Take(batch).ToList();
            // Each row as its bytes over 127: USearch's int8 is the float times 127, so the same bytes come back, and
            // cosine ignores the row's scale.
            graph.Add([.. part.Select(r => (ulong)r.Passage)], [.. part.Select(r => r.Bytes.Select(b => b / 127f).ToArray())]);
        }

        process.Refresh();
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"graph of {graph.Size()} vectors built in {clock.Elapsed.TotalSeconds:F0} s wall, {(process.TotalProcessorTime - cpuStart).TotalSeconds:F0} s CPU ({rows.Count / clock.Elapsed.TotalSeconds:F0} vectors/s)"));
        var file = Path.Combine(Path.GetTempPath(), "bench-hnsw-" + Environment.ProcessId + ".usearch");
        graph.Save(file);
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"graph on disk {new FileInfo(file).Length / 1e6:F1} MB (the flat vectors: {rows.Count * (embedder.Dimensions + 4) / 1e6:F1} MB)"));
        File.Delete(file);

        var byPassage = rows.GroupBy(r => r.Passage).ToDictionary(g => g.Key, g => g.ToList());
        var queries = QueryMix.All.Where(q => q.Category is "word" or "acronym").Select(q => q.Ours).Concat(MeaningProfile.OtherWords).ToList();
        foreach (var asked in new[] { Top, 3 * Top, 10 * Top })
        {
            var recalls = new List<double>();
            var wall = new List<double>();
            var cpu = new List<double>();
            foreach (var query in queries)
            {
                var vector = embedder.EmbedQuery(plainEnglish?.Expand(query) ?? query, CancellationToken.None);
                var exact = reference.Nearest(vector, Top).Select(n => n.PassageId).ToHashSet(StringComparer.Ordinal);
                var largest = vector.Max(MathF.Abs);
                var scaled = vector.Select(v => v / largest).ToArray();
                var (q, queryScale) = reference.Quantise(vector);
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var start = Stopwatch.GetTimestamp();
                graph.Search(scaled, asked, out var keys, out _);
                // Exact similarities for the passages the graph named, by each one's nearest vector.
                var found = keys.Distinct().Select(k => (Passage: (int)k, Similarity: byPassage[(int)k].Max(r => Int8Dot.Dot(q, r.Bytes) * queryScale * r.Scale)))
                    .OrderByDescending(p => p.Similarity).Take(Top).ToList();
                wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                process.Refresh();
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                recalls.Add(found.Count(f => exact.Contains(reference.PassageId(f.Passage))) / (double)Math.Max(1, exact.Count));
            }

            lines.Add(string.Create(CultureInfo.InvariantCulture, $"graph asked for {asked,3} vectors, n={queries.Count}: recall@{Top} mean {recalls.Average():F3}, min {recalls.Min():F3}; wall p50 {Report.Stats.Percentile(wall, 50):F2} ms, p95 {Report.Stats.Percentile(wall, 95):F2} ms; CPU p50 {Report.Stats.Percentile(cpu, 50):F2} ms, p95 {Report.Stats.Percentile(cpu, 95):F2} ms"));
        }

        return lines;
    }
}

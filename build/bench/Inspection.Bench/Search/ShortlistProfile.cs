using System.Diagnostics;
using System.Globalization;
using System.Text;
using Inspection.Search.Meaning;

namespace Inspection.Bench.Search;

/// <summary>
/// <c>shortlist-profile VECTORS QUERIES [PASSES]</c>: the two-stage scan (sign codes, then the shortlist's one-byte
/// vectors) against the exact scan over a vectors folder (a copy: the store is opened as the product opens it), for
/// several shortlist sizes: recall@40 of the exact top 40 and the time each takes. QUERIES is a relevance harness's
/// vector cache file (<c>--vector-cache</c>): its query vectors, real Arctic-embed XS embeddings of the judged queries.
/// </summary>
internal static class ShortlistProfile
{
    private static readonly int[] Sizes = [0, 40, 100, 200, 500, 1000, 2000, 4000];

    public static IReadOnlyList<string> Run(string vectorsFolder, string queryCache, int passes)
    {
        var model = File.ReadAllText(Path.Combine(vectorsFolder, "model.txt")).Trim().Split(' ');
        var dimensions = int.Parse(model[^1], CultureInfo.InvariantCulture);
        var load = Stopwatch.StartNew();
        using var vectors = new PassageVectors(vectorsFolder, string.Join(" ", model[1..^1]), dimensions, shortlist: 1);
        var queries = QueryVectors(queryCache, dimensions);
        using var process = Process.GetCurrentProcess();
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{vectors.Count} passages, {vectors.VectorCount} vectors loaded in {load.Elapsed.TotalSeconds:F1} s; {vectors.MemoryBytes / 1e6:F1} MB held, of which sign codes {vectors.CodeBytes / 1e6:F1} MB; {queries.Count} query vectors"),
        };
        vectors.Shortlist = 0;
        var exact = queries.Select(q => vectors.Nearest(q, 40)).ToList();
        foreach (var threads in (int[])[Environment.ProcessorCount, 1])
        {
            vectors.ScanThreads = threads;
            foreach (var size in Sizes)
            {
                vectors.Shortlist = size;
                var recalls = new List<double>();
                var tied = new List<double>();
                var wall = new List<double>();
                var cpu = new List<double>();
                for (var pass = 0; pass < passes; pass++)
                {
                    for (var i = 0; i < queries.Count; i++)
                    {
                        process.Refresh();
                        var cpuStart = process.TotalProcessorTime;
                        var start = Stopwatch.GetTimestamp();
                        var found = vectors.Nearest(queries[i], 40);
                        wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                        process.Refresh();
                        cpu.Add((process.TotalProcessorTime - cpuStart).TotalMilliseconds);
                        if (pass == 0 && exact[i].Count > 0)
                        {
                            var ids = exact[i].Select(e => e.PassageId).ToHashSet(StringComparer.Ordinal);
                            recalls.Add((double)found.Count(f => ids.Contains(f.PassageId)) / exact[i].Count);
                            // Passages exactly as near as the exact scan's last may stand in for one another.
                            var last = exact[i][^1].Similarity;
                            tied.Add(Math.Min(1.0, (double)found.Count(f => f.Similarity >= last) / exact[i].Count));
                        }
                    }
                }

                lines.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"threads {threads}, shortlist {(size == 0 ? "none (exact)" : size.ToString(CultureInfo.InvariantCulture)),-12}: recall@40 mean {recalls.Average():F4}, min {recalls.Min():F3}, ties counted mean {tied.Average():F4} min {tied.Min():F3}; wall p50 {Report.Stats.Percentile(wall, 50):F2} p95 {Report.Stats.Percentile(wall, 95):F2} ms; CPU p50 {Report.Stats.Percentile(cpu, 50):F2} p95 {Report.Stats.Percentile(cpu, 95):F2} ms"));
            }
        }

        return lines;
    }

    // The cache's file: key (model, kind, hash of the text), length, values; the kind "query" marks a query's vector.
    private static List<float[]> QueryVectors(string path, int dimensions)
    {
        var found = new List<float[]>();
        using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            var key = reader.ReadString();
            var vector = new float[reader.ReadInt32()];
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] = reader.ReadSingle();
            }

            if (key.Contains(" query ", StringComparison.Ordinal) && vector.Length == dimensions)
            {
                found.Add(vector);
            }
        }

        return found;
    }
}

using System.Diagnostics;

namespace Inspection.Bench.Search;

/// <summary>Runs the query mix through one engine: once untimed, once on one thread, once on two threads at once.</summary>
internal static class LatencyDriver
{
    /// <summary>
    /// Returns single-thread latencies, two-thread latencies (ms), the two-thread wall time (s), and the latencies of
    /// the first, untimed-for-the-figures pass (a fresh process: JIT, caches filling).
    /// </summary>
    public static (List<double> Single, List<double> Dual, double DualSeconds, List<double> First) Run(IReadOnlyList<BenchQuery> queries, Func<int, Func<BenchQuery, int>> engineForThread)
    {
        var warm = engineForThread(0);
        var first = Pass(queries, warm, 0);

        var single = Pass(queries, warm, 0);
        var dual = new List<double>[2];
        var clock = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, 2).Select(t =>
        {
            var engine = t == 0 ? warm : engineForThread(t);
            var half = queries.Count / 2;
            var share = t == 0 ? queries.Take(half).ToList() : queries.Skip(half).ToList();
            var thread = new Thread(() => dual[t] = Pass(share, engine, 0));
            thread.Start();
            return thread;
        }).ToList();
        threads.ForEach(t => t.Join());
        clock.Stop();
        return (single, [.. dual[0], .. dual[1]], clock.Elapsed.TotalSeconds, first);
    }

    private static List<double> Pass(IReadOnlyList<BenchQuery> queries, Func<BenchQuery, int> engine, int offset)
    {
        var latencies = new List<double>(queries.Count);
        for (var i = 0; i < queries.Count; i++)
        {
            var query = queries[(i + offset) % queries.Count];
            var start = Stopwatch.GetTimestamp();
            var hits = engine(query);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            GC.KeepAlive(hits);
        }

        return latencies;
    }
}

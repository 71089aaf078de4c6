using System.Diagnostics;
using System.Globalization;
using Inspection.Cli.Hosting;
using Inspection.Content.Evidence;
using Inspection.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Bench.Search;

/// <summary>
/// Each query of the mix on its own: hits and the median of several timed calls, to see which queries are slow and why.
/// The whole mix runs twice untimed first, so that no query is timed in code the JIT has not yet optimised; then the
/// mix runs <c>passes</c> times in order, and the last line gives each pass's p50 and p95 (their medians and range),
/// steadier than one pass of the latency driver on a shared machine. Beside wall time, each call's CPU time (the
/// whole process's, so the model's own threads count) is kept: on a loaded machine it is the steadier figure.
/// </summary>
internal static class QueryProfile
{
    /// <summary>
    /// <paramref name="asked"/>: "top10" (the search phase's request, the default), "api" (the web API's: 20 hits, no
    /// facets), "page" (the search page's: 20 hits, facets estimated from a sample when there are many hits) or
    /// "questions" (top 10 of <see cref="QueryMix.Questions"/>, questions as senior leaders ask them, instead of the mix) or
    /// "pasted" (top 10 of <see cref="QueryMix.Pasted"/>, whole sentences of findings pasted in).
    /// </summary>
    public static IReadOnlyList<string> Run(string dataDirectory, int passes, string asked = "top10")
    {
        using var services = CliServices.Build(dataDirectory);
        var search = services.GetRequiredService<SearchService>();
        var mix = asked switch
        {
            "questions" => QueryMix.Questions,
            "pasted" => QueryMix.Pasted,
            _ => QueryMix.All,
        };
        var requests = mix.Select(q => asked switch
        {
            "api" => new SearchRequest { Query = q.Ours, AllowedClassifications = Classifications.All, Top = 20 },
            "page" => new SearchRequest { Query = q.Ours, AllowedClassifications = Classifications.All, Top = 20, Facets = true, EstimateFacets = true },
            _ => new SearchRequest { Query = q.Ours, AllowedClassifications = Classifications.All, Top = 10 },
        }).ToList();
        var totals = new int[requests.Count];
        for (var warm = 0; warm < 2; warm++)
        {
            for (var i = 0; i < requests.Count; i++)
            {
                totals[i] = search.Search(requests[i]).Total;
            }
        }

        var times = requests.Select(_ => new List<double>()).ToList();
        var cpuTimes = requests.Select(_ => new List<double>()).ToList();
        var p50 = new List<double>();
        var p95 = new List<double>();
        var cpu50 = new List<double>();
        var cpu95 = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var pass = 0; pass < passes; pass++)
        {
            var thisPass = new List<double>();
            var thisPassCpu = new List<double>();
            for (var i = 0; i < requests.Count; i++)
            {
                process.Refresh();
                var cpuStart = process.TotalProcessorTime;
                var start = Stopwatch.GetTimestamp();
                search.Search(requests[i]);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                process.Refresh();
                var cpu = (process.TotalProcessorTime - cpuStart).TotalMilliseconds;
                times[i].Add(ms);
                thisPass.Add(ms);
                cpuTimes[i].Add(cpu);
                thisPassCpu.Add(cpu);
            }

            p50.Add(Report.Stats.Percentile(thisPass, 50));
            p95.Add(Report.Stats.Percentile(thisPass, 95));
            cpu50.Add(Report.Stats.Percentile(thisPassCpu, 50));
            cpu95.Add(Report.Stats.Percentile(thisPassCpu, 95));
        }

        var lines = mix.Select((query, i) => string.Create(CultureInfo.InvariantCulture, $"{query.Category,-9} {Report.Stats.Median(times[i]),8:F1} ms {Report.Stats.Median(cpuTimes[i]),8:F1} cpu ms {totals[i],9} hits  {query.Ours}")).ToList();
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"passes {passes}: p50 {Report.Stats.Median(p50):F1} ms [{p50.Min():F1}-{p50.Max():F1}], p95 {Report.Stats.Median(p95):F1} ms [{p95.Min():F1}-{p95.Max():F1}]; CPU p50 {Report.Stats.Median(cpu50):F1} ms [{cpu50.Min():F1}-{cpu50.Max():F1}], p95 {Report.Stats.Median(cpu95):F1} ms [{cpu95.Min():F1}-{cpu95.Max():F1}]"));
        return lines;
    }
}

using System.Diagnostics;
using System.Globalization;
using Inspection.Cli.Hosting;
using Inspection.Content.Evidence;
using Inspection.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Bench.Search;

/// <summary>Each query of the mix on its own: hits and the median of several timed calls, to see which queries are slow and why.</summary>
internal static class QueryProfile
{
    public static IReadOnlyList<string> Run(string dataDirectory, int passes)
    {
        using var services = CliServices.Build(dataDirectory);
        var search = services.GetRequiredService<SearchService>();
        var lines = new List<string>();
        foreach (var query in QueryMix.All)
        {
            var request = new SearchRequest { Query = query.Ours, AllowedClassifications = Classifications.All, Top = 10 };
            var total = search.Search(request).Total;
            var times = new List<double>();
            for (var pass = 0; pass < passes; pass++)
            {
                var start = Stopwatch.GetTimestamp();
                search.Search(request);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{query.Category,-9} {Report.Stats.Median(times),8:F1} ms {total,9} hits  {query.Ours}"));
        }

        return lines;
    }
}

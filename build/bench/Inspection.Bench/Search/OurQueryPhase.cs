using Inspection.Cli.Hosting;
using Inspection.Content.Evidence;
using Inspection.Search;
using Inspection.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Bench.Search;

/// <summary>Opens an existing data folder's index as the app would and serves the query mix through <see cref="SearchService"/>.</summary>
internal static class OurQueryPhase
{
    public static QueryRun Run(string dataDirectory)
    {
        using var services = CliServices.Build(dataDirectory);
        var search = services.GetRequiredService<SearchService>();
        var (single, dual, dualSeconds, first) = LatencyDriver.Run(QueryMix.All, _ => query =>
        {
            var results = search.Search(new SearchRequest
            {
                Query = query.Ours,
                AllowedClassifications = Classifications.All,
                Top = 10,
            });
            return results.Hits.Count;
        });
        return new QueryRun(single, dual, dualSeconds, PhaseResult.PeakWorkingSet(), first, services.GetRequiredService<PassageIndex>().BlockMaxima.Bytes);
    }
}

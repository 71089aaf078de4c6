using System.Diagnostics;
using Inspection.Cli.Hosting;
using Inspection.Search;
using Inspection.Search.Indexing;
using Inspection.Search.Meaning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Inspection.Bench.Search;

/// <summary>
/// <c>vectors DIR REAL</c>: gives every passage of an existing data folder's index a meaning vector, the first REAL
/// embedded by the configured model and the rest derived from them (<see cref="DerivedEmbedder"/>), so that
/// <c>query-ours DIR</c> then runs hybrid searches (word and meaning) as the product does once it has caught up.
/// </summary>
internal static class MeaningVectorsPhase
{
    public static async Task<PhaseResult> RunAsync(string dataDirectory, int real, CancellationToken cancellationToken)
    {
        using var services = CliServices.Build(dataDirectory);
        var index = services.GetRequiredService<PassageIndex>();
        var options = services.GetRequiredService<IOptions<SearchOptions>>();
        var model = MeaningModels.Create(options.Value.MeaningModel);
        try
        {
            var derived = new DerivedEmbedder(model, real);
            using var meaning = new MeaningIndex(index, derived, options);
            var clock = Stopwatch.StartNew();
            var done = await meaning.CatchUpAsync(int.MaxValue, cancellationToken).ConfigureAwait(false);
            var vectors = meaning.Vectors;
            return new PhaseResult(clock.Elapsed.TotalSeconds, done, PhaseResult.PeakWorkingSet(), new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["vectors"] = vectors.Count,
                ["realPassages"] = derived.RealCount,
                ["realSeconds"] = derived.RealTime.TotalSeconds,
                ["realPassagesPerSecond"] = derived.RealCount / Math.Max(derived.RealTime.TotalSeconds, 1e-9),
                ["memoryBytes"] = vectors.MemoryBytes,
                ["diskBytes"] = vectors.DiskBytes,
            });
        }
        finally
        {
            (model as IDisposable)?.Dispose();
        }
    }
}

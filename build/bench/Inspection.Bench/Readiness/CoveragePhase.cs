using System.Diagnostics;
using Inspection.Cli.Hosting;
using Inspection.Content.Evidence;
using Inspection.Content.Recipes;
using Inspection.Content.Store;
using Inspection.Readiness.Coverage;
using Inspection.Readiness.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Bench.Readiness;

/// <summary>
/// Coverage of a whole framework over an index of generated passages: the store is set up with the shipped recipes
/// (frameworks included), then <see cref="ICoverageService"/> is asked once cold (theme queries compiled and matched)
/// and several times warm (matches cached for the reader generation).
/// </summary>
internal static class CoveragePhase
{
    public const string Framework = "ilacs";
    private const int WarmCalls = 5;

    /// <summary>Kept theme results deleted first: the first call matches every theme itself.</summary>
    public const string Unwarmed = "unwarmed";

    /// <summary>The indexer's warm-up (every theme of every framework kept per segment), timed; then the calls.</summary>
    public const string WarmUp = "warm-up";

    /// <summary>As a new process finds the data after indexing: the kept results are read.</summary>
    public const string AfterWarmUp = "after-warm-up";

    public static async Task<PhaseResult> RunAsync(string dataDirectory, string mode, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build(dataDirectory);
        var kept = services.GetRequiredService<Inspection.Readiness.Themes.ThemeMatcher>().ResultsDirectory;
        if (mode == Unwarmed && Directory.Exists(kept))
        {
            Directory.Delete(kept, recursive: true);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IStoreInitializer>().InitializeAsync(cancellationToken).ConfigureAwait(false);
            var recipes = Directory.EnumerateFiles(BundledFiles.RecipesDirectory, "*.recipe.json")
                .OrderBy(f => Path.GetFileName(f).Contains("setup", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenBy(f => f, StringComparer.Ordinal)
                .ToList();
            await scope.ServiceProvider.GetRequiredService<RecipeImporter>().ImportFilesAsync(recipes, null, cancellationToken).ConfigureAwait(false);
        }

        var warmUpMs = 0.0;
        if (mode == WarmUp)
        {
            var clock = Stopwatch.StartNew();
            await using var scope = services.CreateAsyncScope();
            foreach (var warmer in scope.ServiceProvider.GetServices<Inspection.Search.Indexing.IIndexWarmer>())
            {
                await warmer.WarmAsync(cancellationToken).ConfigureAwait(false);
            }

            warmUpMs = clock.Elapsed.TotalMilliseconds;
        }

        var cold = await TimeAsync(services, cancellationToken).ConfigureAwait(false);
        var warm = new List<double>();
        for (var i = 0; i < WarmCalls; i++)
        {
            warm.Add((await TimeAsync(services, cancellationToken).ConfigureAwait(false)).Milliseconds);
        }

        return new PhaseResult(cold.Milliseconds / 1000, cold.Themes, PhaseResult.PeakWorkingSet(), new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["coldMs"] = cold.Milliseconds,
            ["warmMedianMs"] = Report.Stats.Median(warm),
            ["themesWithEvidence"] = cold.WithEvidence,
            ["warmUpMs"] = warmUpMs,
        });
    }

    private static async Task<(double Milliseconds, int Themes, int WithEvidence)> TimeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var coverage = scope.ServiceProvider.GetRequiredService<ICoverageService>();
        var start = Stopwatch.GetTimestamp();
        var result = await coverage.GetAsync(Framework, Classifications.All, cancellationToken).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return (elapsed, result.Themes.Count, result.Themes.Count(t => t.Passages > 0));
    }
}

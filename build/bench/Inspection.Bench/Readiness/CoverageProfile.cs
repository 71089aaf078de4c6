using System.Diagnostics;
using Inspection.Cli.Hosting;
using Inspection.Content.Evidence;
using Inspection.Content.Store;
using Inspection.Readiness.Coverage;
using Inspection.Readiness.Frameworks;
using Inspection.Readiness.Themes;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Bench.Readiness;

/// <summary>Where a cold coverage call's time goes, stage by stage, in a fresh process (run after <see cref="CoveragePhase"/> set the store up).</summary>
internal static class CoverageProfile
{
    public static async Task<Dictionary<string, double>> RunAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var stages = new Dictionary<string, double>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        await using var services = CliServices.Build(dataDirectory);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        stages["services built"] = Lap(clock);
        await provider.GetRequiredService<IStoreInitializer>().InitializeAsync(cancellationToken).ConfigureAwait(false);
        stages["store initialised"] = Lap(clock);
        var framework = await provider.GetRequiredService<IFrameworkCatalog>().GetAsync(CoveragePhase.Framework, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("no framework");
        stages["framework read from the store"] = Lap(clock);
        var open = await provider.GetRequiredService<OpenFindingReader>().ListAsync(Classifications.All, cancellationToken).ConfigureAwait(false);
        stages["open findings read"] = Lap(clock);
        var passages = provider.GetRequiredService<Inspection.Search.Indexing.PassageIndex>().PassageCount;
        stages["index opened"] = Lap(clock);
        var matcher = provider.GetRequiredService<ThemeMatcher>();
        var facts = matcher.Read(snapshot => snapshot.Facts.Kinds.Count);
        stages["passage facts read"] = Lap(clock);
        var matched = matcher.Read(snapshot => framework.Themes.Sum(t => snapshot.Match(framework, t.Id, Classifications.All).Count));
        stages["every theme matched"] = Lap(clock);
        var coverage = await provider.GetRequiredService<ICoverageService>().GetAsync(framework.Id, Classifications.All, cancellationToken).ConfigureAwait(false);
        stages["coverage with matches cached"] = Lap(clock);
        stages["open findings"] = open.Count;
        stages["matches"] = matched + facts + coverage.Themes.Count;
        stages["passages"] = passages;
        return stages;
    }

    private static double Lap(Stopwatch clock)
    {
        var ms = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        return ms;
    }
}

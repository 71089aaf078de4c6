using System.Diagnostics;
using Inspection.Readiness.Frameworks;
using Inspection.Search.Indexing;
using Microsoft.Extensions.Logging;

namespace Inspection.Readiness.Themes;

/// <summary>Matches every theme of every framework against new index segments as soon as they are indexed, and keeps the results.</summary>
public sealed class ThemeWarmer(IFrameworkCatalog catalog, ThemeMatcher matcher, ILogger<ThemeWarmer> logger) : IIndexWarmer
{
    public async Task WarmAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var frameworks = await catalog.ListAsync(cancellationToken).ConfigureAwait(false);
        var (themes, segments, pruned) = matcher.Warm(frameworks);
        logger.ThemesWarmed(themes, frameworks.Count, segments, clock.ElapsedMilliseconds, pruned);
    }
}

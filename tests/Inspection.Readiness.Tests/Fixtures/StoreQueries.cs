using Inspection.Content.Evidence;
using Inspection.Readiness.Coverage;
using Inspection.Readiness.Frameworks;
using Inspection.Readiness.Themes;
using Inspection.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Readiness.Tests.Fixtures;

/// <summary>Shortcuts the tests use to ask the store what a leader would ask, each in its own scope.</summary>
public static class StoreQueries
{
    public static readonly string[] OfficialOnly = [Classifications.Official, Classifications.OfficialSensitive];

    public static Task<FrameworkCoverage> CoverageAsync(this ReadinessStore store, string frameworkId, IReadOnlyCollection<string>? allowed = null) =>
        store.InScopeAsync(sp => sp.GetRequiredService<ICoverageService>().GetAsync(frameworkId, allowed ?? Classifications.All, CancellationToken.None));

    public static async Task<ThemeCoverage> ThemeAsync(this ReadinessStore store, string themeId, IReadOnlyCollection<string>? allowed = null)
    {
        var coverage = await store.CoverageAsync(themeId[..themeId.IndexOf('/', StringComparison.Ordinal)], allowed);
        return coverage.Themes.Single(t => t.Id == themeId);
    }

    public static async Task<SearchResults> EvidenceAsync(this ReadinessStore store, string themeId, IReadOnlyCollection<string>? allowed = null, int top = 10, string? query = null)
    {
        var results = await store.InScopeAsync(sp => sp.GetRequiredService<IThemeEvidence>().EvidenceForAsync(
            themeId,
            new SearchRequest { Query = query, AllowedClassifications = allowed ?? Classifications.All, Top = top },
            CancellationToken.None));
        return results ?? throw new InvalidOperationException($"no theme {themeId}");
    }

    public static Task<IReadOnlyList<FrameworkDefinition>> FrameworksAsync(this ReadinessStore store) =>
        store.InScopeAsync(sp => sp.GetRequiredService<IFrameworkCatalog>().ListAsync(CancellationToken.None));
}

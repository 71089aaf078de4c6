using Inspection.Readiness.Frameworks;
using Inspection.Search;

namespace Inspection.Readiness.Themes;

/// <summary>Finds a theme's evidence by running the request through <see cref="SearchService"/> within the theme's compiled query.</summary>
public sealed class ThemeEvidence(IFrameworkCatalog catalog, ThemeQueryBuilder queries, SearchService search) : IThemeEvidence
{
    public async Task<SearchResults?> EvidenceForAsync(string themeId, SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(themeId);
        ArgumentNullException.ThrowIfNull(request);
        var theme = await catalog.GetThemeAsync(themeId.Trim().Trim('/'), cancellationToken).ConfigureAwait(false);
        if (theme is null)
        {
            return null;
        }

        var framework = await catalog.GetAsync(theme.FrameworkId, cancellationToken).ConfigureAwait(false);
        var family = framework is null ? [theme] : ThemeMatcher.Family(framework, theme);
        var compiled = queries.Compile(family, request.AllowedClassifications ?? []);
        return compiled is null
            ? SearchResults.Empty(request.Query ?? "", $"The theme {theme.Id} has no key phrases or query to search with.")
            : search.Search(request, compiled);
    }
}

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
        var id = themeId.Trim().Trim('/');
        var theme = await catalog.GetThemeAsync(id, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ThemeDefinition> family;
        if (theme is null)
        {
            // A framework id stands for all its themes: "evidence for ILACS" is evidence for any of them.
            var whole = await catalog.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (whole is null || whole.Themes.Count == 0)
            {
                return null;
            }

            family = whole.Themes;
        }
        else
        {
            var framework = await catalog.GetAsync(theme.FrameworkId, cancellationToken).ConfigureAwait(false);
            family = framework is null ? [theme] : ThemeMatcher.Family(framework, theme);
        }

        var compiled = queries.Compile(family, request.AllowedClassifications ?? []);
        return compiled is null
            ? SearchResults.Empty(request.Query ?? "", $"The theme {id} has no key phrases or query to search with.")
            : search.Search(request, compiled);
    }
}

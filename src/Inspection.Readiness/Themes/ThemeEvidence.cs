using Inspection.Readiness.Frameworks;
using Inspection.Search;
using Inspection.Search.Query;

namespace Inspection.Readiness.Themes;

/// <summary>Finds a theme's evidence by running the request through <see cref="SearchService"/> within the theme's compiled query.</summary>
public sealed class ThemeEvidence(IFrameworkCatalog catalog, ThemeQueryBuilder queries, SearchService search) : IThemeEvidence
{
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var typed = SearchQueryParser.Parse(request.Query).Filters.Themes;
        var fromForm = !string.IsNullOrWhiteSpace(request.Theme);
        // Several typed themes (rare) stay tag filters: a saved query scopes one theme and its family.
        var themeId = fromForm ? request.Theme : typed.Count == 1 ? typed[0] : null;
        if (!string.IsNullOrWhiteSpace(themeId))
        {
            var query = fromForm ? request.Query : SearchQueryParser.WithoutFilter(request.Query, "theme");
            var found = await EvidenceForAsync(themeId, request with { Query = query, Theme = null }, cancellationToken).ConfigureAwait(false);
            if (found is not null)
            {
                return found with { Query = request.Query ?? string.Empty };
            }
        }

        return await search.SearchAsync(request, cancellationToken).ConfigureAwait(false);
    }

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
            : await search.SearchAsync(request, compiled, cancellationToken).ConfigureAwait(false);
    }
}

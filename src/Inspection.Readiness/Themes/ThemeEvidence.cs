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
            var (id, note) = await ResolveAsync(themeId, cancellationToken).ConfigureAwait(false);
            if (id is null)
            {
                return SearchResults.Empty(request.Query ?? string.Empty, note!);
            }

            var found = await EvidenceForAsync(id, request with { Query = query, Theme = null }, cancellationToken).ConfigureAwait(false);
            if (found is not null)
            {
                return found with { Query = request.Query ?? string.Empty, Message = note is null ? found.Message : $"{note} {found.Message}".Trim() };
            }
        }

        return await search.SearchAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The theme or framework a searcher named: its id as the catalog holds it, or, typed without its framework or by its
    /// title ("care-leavers", "care leavers"), the one theme that answers to it, with a note saying how it was read. An
    /// unknown name, or one several frameworks share, gives no id and a note saying what to type instead.
    /// </summary>
    public async Task<(string? Id, string? Note)> ResolveAsync(string typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var id = typed.Trim().Trim('/');
        if (await catalog.GetThemeAsync(id, cancellationToken).ConfigureAwait(false) is not null
            || await catalog.GetAsync(id, cancellationToken).ConfigureAwait(false) is not null)
        {
            return (id, null);
        }

        var name = Slugs.Of(id);
        var frameworks = await catalog.ListAsync(cancellationToken).ConfigureAwait(false);
        var matches = frameworks.SelectMany(f => f.Themes)
            .Where(t => string.Equals(Slugs.Of(t.Id[(t.Id.LastIndexOf('/') + 1)..]), name, StringComparison.Ordinal) || string.Equals(Slugs.Of(t.Title), name, StringComparison.Ordinal))
            .Select(t => t.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return matches.Count switch
        {
            1 => (matches[0], $"Theme \"{id}\" was read as {matches[0]}."),
            0 => (null, $"No framework has a theme \"{id}\". Themes are named like ilacs/care-leavers or send-2023/leadership-and-partnership; the themes page (or the command `inspection themes`) lists them."),
            _ => (null, $"Several frameworks have a theme \"{id}\": {string.Join(", ", matches)}. Name one of them."),
        };
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

using Inspection.Readiness.Access;
using Inspection.Readiness.Themes;
using Inspection.Search;

namespace Inspection.Web.Evidence;

/// <summary>
/// Search as pages and the API run it: always trimmed to the classifications the caller may see, a theme searched through
/// its saved query. Documents, findings, the plan and jobs are read through the application layer's services.
/// </summary>
public sealed class EvidenceReader(SearchService search, IThemeEvidence themes)
{
    public async Task<SearchResults> SearchAsync(SearchForm form, DateOnly? after, DateOnly? before, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(caller);
        var request = new SearchRequest
        {
            Query = form.Q ?? "",
            Type = string.IsNullOrWhiteSpace(form.Type) ? null : form.Type,
            After = after,
            Before = before,
            Top = SearchForm.PageSize,
            Skip = (Math.Max(1, form.Page) - 1) * SearchForm.PageSize,
            GroupByDocument = form.ByDocument,
            Sort = form.SortOrder,
            Facets = form.Facets,
            AllowedClassifications = caller.AllowedClassifications,
        };

        // A theme or framework the catalog knows is searched through its saved query (which also takes in passages tagged
        // with it); an id it does not know stays a plain tag filter.
        var themeId = form.Theme?.Trim().Trim('/');
        if (!string.IsNullOrEmpty(themeId))
        {
            var found = await themes.EvidenceForAsync(themeId, request, cancellationToken);
            if (found is not null)
            {
                return found;
            }

            request = request with { Theme = themeId };
        }

        return search.Search(request);
    }
}

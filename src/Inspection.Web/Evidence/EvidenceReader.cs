using Inspection.Application.Searches;
using Inspection.Readiness.Access;
using Inspection.Search;

namespace Inspection.Web.Evidence;

/// <summary>
/// Search as pages and the API run it: always trimmed to the classifications the caller may see, a theme searched through
/// its saved query. Documents, findings, the plan and jobs are read through the application layer's services.
/// </summary>
public sealed class EvidenceReader(EvidenceSearch search)
{
    public Task<SearchResults> SearchAsync(SearchForm form, DateOnly? after, DateOnly? before, Caller caller, CancellationToken cancellationToken) =>
        SearchAsync(form, after, before, caller, top: SearchForm.PageSize, cancellationToken);

    /// <summary>The search's counts to narrow by and its total, without its hits (the search page's counts panel).</summary>
    public Task<SearchResults> FacetsAsync(SearchForm form, DateOnly? after, DateOnly? before, Caller caller, CancellationToken cancellationToken) =>
        search.FacetsAsync(Request(form, after, before, SearchForm.PageSize), caller, cancellationToken);

    /// <summary>The documents a search finds, best first, at most <paramref name="max"/> (one hit per document).</summary>
    public async Task<IReadOnlyList<SearchHit>> DocumentsAsync(SearchForm form, DateOnly? after, DateOnly? before, Caller caller, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        // A search returns at most a hundred hits at a time (Search:MaxTop), so longer lists are read a page at a time.
        const int PerPage = 100;
        var hits = new List<SearchHit>();
        for (var page = 1; hits.Count < max; page++)
        {
            var grouped = new SearchForm { Q = form.Q, Type = form.Type, Theme = form.Theme, After = form.After, Before = form.Before, Sort = form.Sort, ByDocument = true, Facets = false, Page = page };
            var found = (await SearchAsync(grouped, after, before, caller, PerPage, cancellationToken)).Hits;
            hits.AddRange(found.Take(max - hits.Count));
            if (found.Count < PerPage)
            {
                break;
            }
        }

        return hits;
    }

    private Task<SearchResults> SearchAsync(SearchForm form, DateOnly? after, DateOnly? before, Caller caller, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return search.SearchAsync(Request(form, after, before, top), caller, cancellationToken);
    }

    private static SearchRequest Request(SearchForm form, DateOnly? after, DateOnly? before, int top)
    {
        ArgumentNullException.ThrowIfNull(form);
        // A theme or framework the catalog knows (chosen in the form or typed as theme: in the query) is searched through
        // its saved query, which also takes in passages tagged with it; an id it does not know stays a plain tag filter.
        var themeId = form.Theme?.Trim().Trim('/');
        return new SearchRequest
        {
            Query = form.Q ?? "",
            Type = string.IsNullOrWhiteSpace(form.Type) ? null : form.Type,
            Theme = string.IsNullOrEmpty(themeId) ? null : themeId,
            After = after,
            Before = before,
            Top = top,
            Skip = (Math.Max(1, form.Page) - 1) * top,
            GroupByDocument = form.ByDocument,
            Sort = form.SortOrder,
            Facets = form.Facets,
            EstimateFacets = form.EstimateFacets,
        };
    }
}

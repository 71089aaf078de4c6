using Inspection.Search;

namespace Inspection.Readiness.Themes;

/// <summary>Evidence for a framework theme: the passages its saved query finds, best first, with snippets.</summary>
public interface IThemeEvidence
{
    /// <summary>Runs the request within the theme (and its sub-themes); null when no theme has that id.</summary>
    Task<SearchResults?> EvidenceForAsync(string themeId, SearchRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Runs a search as people ask it: a theme or framework the catalog knows, chosen in the form or typed in the query
    /// (<c>theme:ilacs/care-leavers</c>), is searched through its saved query; an id it does not know stays a tag filter.
    /// </summary>
    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken);
}

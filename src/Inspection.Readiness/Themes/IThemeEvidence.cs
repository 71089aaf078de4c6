using Inspection.Search;

namespace Inspection.Readiness.Themes;

/// <summary>Evidence for a framework theme: the passages its saved query finds, best first, with snippets.</summary>
public interface IThemeEvidence
{
    /// <summary>Runs the request within the theme (and its sub-themes); null when no theme has that id.</summary>
    Task<SearchResults?> EvidenceForAsync(string themeId, SearchRequest request, CancellationToken cancellationToken);
}

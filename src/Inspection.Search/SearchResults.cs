namespace Inspection.Search;

/// <summary>The answer to a search: total (passages, or documents when grouped), the page of hits, facets if asked, and a message when the query was repaired or could not run.</summary>
public sealed record SearchResults(
    string Query,
    int Total,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets? Facets,
    string? Message)
{
    public static SearchResults Empty(string query, string message) => new(query, 0, [], null, message);
}

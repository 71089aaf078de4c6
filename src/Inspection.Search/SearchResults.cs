namespace Inspection.Search;

/// <summary>The answer to a search: total (passages, or documents when grouped), the page of hits, facets if asked, and a message when the query was repaired or could not run.</summary>
public sealed record SearchResults(
    string Query,
    int Total,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets? Facets,
    string? Message)
{
    /// <summary>
    /// True when not every hit was counted (a relevance search past <see cref="SearchService.ExactTotalUpTo"/> hits
    /// skips what cannot reach the page): there are at least <see cref="Total"/> hits.
    /// </summary>
    public bool TotalIsLowerBound { get; init; }

    /// <summary>When the total is a lower bound and facets were estimated, about how many hits there are; null otherwise.</summary>
    public int? EstimatedTotal { get; init; }

    /// <summary>The query as it was run after correcting words no passage holds ("Did you mean ..."); null when nothing was corrected.</summary>
    public string? CorrectedQuery { get; init; }

    public static SearchResults Empty(string query, string message) => new(query, 0, [], null, message);
}

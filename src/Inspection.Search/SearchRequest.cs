namespace Inspection.Search;

/// <summary>One search: the query text, optional filters, the caller's allowed classifications, paging, grouping and facets.</summary>
public sealed record SearchRequest
{
    public string? Query { get; init; }

    /// <summary>A kind as people type it ("audit", "letter", "InspectionLetter").</summary>
    public string? Type { get; init; }

    /// <summary>A theme path; sub-themes match too ("ilacs" matches "ilacs/care-leavers").</summary>
    public string? Theme { get; init; }

    public string? Organisation { get; init; }

    /// <summary>Only passages of this document ("N more from this document").</summary>
    public string? DocumentId { get; init; }

    /// <summary>Inclusive lower bound on the document date.</summary>
    public DateOnly? After { get; init; }

    /// <summary>Exclusive upper bound on the document date.</summary>
    public DateOnly? Before { get; init; }

    /// <summary>Classifications the caller may see; null or empty means nothing is visible.</summary>
    public IReadOnlyCollection<string>? AllowedClassifications { get; init; }

    public int Top { get; init; } = 20;

    public int Skip { get; init; }

    public bool GroupByDocument { get; init; }

    public bool Facets { get; init; }

    /// <summary>
    /// Facets of a relevance search may be estimated from a sample of the hits when there are many (the search page,
    /// which says "about"), so that the search still skips what cannot reach the page; otherwise they are exact.
    /// </summary>
    public bool EstimateFacets { get; init; }

    /// <summary>
    /// Only the facets (and the total) are wanted, as the search page's counts panel asks for them after the hits: the
    /// search still ranks a page's worth (so the counts are of the same tier of matches as the page's hits), but reads no
    /// hit, builds no snippet and asks meaning search nothing.
    /// </summary>
    public bool FacetsOnly { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;
}

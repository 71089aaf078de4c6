namespace Inspection.Search;

/// <summary>Counts over all visible hits (not only the page shown), by kind, year, organisation and theme.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Kinds,
    IReadOnlyList<FacetCount> Years,
    IReadOnlyList<FacetCount> Organisations,
    IReadOnlyList<FacetCount> Themes)
{
    /// <summary>True when the counts were estimated from a sample of the hits (<see cref="SearchRequest.EstimateFacets"/>): "about" so many.</summary>
    public bool Estimated { get; init; }
}

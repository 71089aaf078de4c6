namespace Inspection.Search;

/// <summary>One facet value and how many hits carry it.</summary>
public sealed record FacetCount(string Value, int Count);

namespace Inspection.Search.Query;

/// <summary>Filters from the query text or the request: kinds, theme prefixes, organisations and a date range (After inclusive, Before exclusive).</summary>
public sealed record QueryFilters(
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Organisations,
    DateOnly? After,
    DateOnly? Before)
{
    public static QueryFilters None { get; } = new([], [], [], null, null);

    public bool IsEmpty => Kinds.Count == 0 && Themes.Count == 0 && Organisations.Count == 0 && After is null && Before is null;
}

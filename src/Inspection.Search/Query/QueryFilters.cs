namespace Inspection.Search.Query;

/// <summary>
/// Filters from the query text or the request: kinds (as typed until <see cref="EvidenceKinds"/> resolves them to type
/// names), theme prefixes, organisations, documents and a date range (After inclusive, Before exclusive).
/// </summary>
public sealed record QueryFilters(
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Organisations,
    DateOnly? After,
    DateOnly? Before)
{
    public static QueryFilters None { get; } = new([], [], [], null, null);

    /// <summary>Document ids: the search is limited to these documents ("N more from this document").</summary>
    public IReadOnlyList<string> Documents { get; init; } = [];

    public bool IsEmpty => Kinds.Count == 0 && Themes.Count == 0 && Organisations.Count == 0 && Documents.Count == 0 && After is null && Before is null;
}

namespace Inspection.Application.Documents;

/// <summary>
/// A correction of a document's description: each field left null is left as it is, so one edit serves a single document
/// and a bulk change of many (reclassify these 100, file these as minutes).
/// </summary>
public sealed record DocumentEdit
{
    public string? Title { get; init; }

    /// <summary>The kind of evidence, as a type name or anything the type catalogue resolves ("minutes", "letter").</summary>
    public string? Kind { get; init; }

    public DateOnly? Date { get; init; }

    public string? Organisation { get; init; }

    public string? Classification { get; init; }

    /// <summary>Framework and theme ids; an empty list clears them.</summary>
    public IReadOnlyList<string>? Themes { get; init; }

    public bool IsEmpty => Title is null && Kind is null && Date is null && Organisation is null && Classification is null && Themes is null;
}

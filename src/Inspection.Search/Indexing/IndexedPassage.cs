namespace Inspection.Search.Indexing;

/// <summary>What the index holds for one passage: its text and location plus its document's fields for filters and facets.</summary>
public sealed record IndexedPassage(
    string PassageId,
    string DocumentId,
    string VersionId,
    string Title,
    string Kind,
    DateOnly? DocumentDate,
    string? Organisation,
    string Classification,
    IReadOnlyList<string> Themes,
    string? SourceFile,
    string HeadingPath,
    int PageFrom,
    int PageTo,
    string Text,
    bool IsFinding)
{
    /// <summary>
    /// The kind of the part of the document the passage lies in, when it differs from the document's: the pages of an
    /// Ofsted letter inside a committee agenda pack are a letter, and <c>type:letter</c> finds them.
    /// </summary>
    public string? PartKind { get; init; }
}

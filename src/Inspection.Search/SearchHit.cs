namespace Inspection.Search;

/// <summary>One matching passage (or, when grouped, a document's best passage with its count of matching passages).</summary>
public sealed record SearchHit(
    string DocumentId,
    string VersionId,
    string Title,
    string Kind,
    DateOnly? Date,
    string? Organisation,
    string? SourceFile,
    int PageFrom,
    int PageTo,
    string PassageId,
    string HeadingPath,
    float Score,
    string Snippet,
    string SnippetText,
    string Text,
    bool IsFinding,
    int MatchingPassages)
{
    /// <summary>Matching passages of the same document that this page does not show ("N more from this document").</summary>
    public int MoreFromDocument { get; init; }

    /// <summary>
    /// The kind of the part of the document the passage is in, when it differs from the document's own: an Ofsted letter
    /// reproduced in a committee agenda pack is the letter's words, not the committee's. Null otherwise.
    /// </summary>
    public string? PartKind { get; init; }
}

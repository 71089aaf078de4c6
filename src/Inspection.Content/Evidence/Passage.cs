namespace Inspection.Content.Evidence;

/// <summary>A searchable stretch of a document version: its heading path, page range and clean text.</summary>
public sealed record Passage(
    string PassageId,
    string ContentItemId,
    string ContentItemVersionId,
    int Ordinal,
    string HeadingPath,
    int PageFrom,
    int PageTo,
    string Text);

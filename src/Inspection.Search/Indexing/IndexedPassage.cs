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
    bool IsFinding);

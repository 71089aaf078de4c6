namespace Inspection.Relevance;

/// <summary>A passage as the product indexed it: what a judge reads and what filters and trimming decide on (its document's kind, and a letter's inside an agenda pack).</summary>
public sealed record CorpusPassage(
    string PassageId,
    string DocumentId,
    string Title,
    IReadOnlyList<string> Kinds,
    DateOnly? Date,
    string? Organisation,
    string Classification,
    IReadOnlyList<string> Themes,
    string HeadingPath,
    string Text);

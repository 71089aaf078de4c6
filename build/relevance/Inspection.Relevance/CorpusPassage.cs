namespace Inspection.Relevance;

/// <summary>A passage as the product indexed it: what a judge reads and what filters and trimming decide on.</summary>
public sealed record CorpusPassage(
    string PassageId,
    string DocumentId,
    string Title,
    string Kind,
    DateOnly? Date,
    string? Organisation,
    string Classification,
    IReadOnlyList<string> Themes,
    string HeadingPath,
    string Text);

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// An Ofsted letter found inside a document (or the whole document when it is one): where it is,
/// its date, the visit it reports on and who signed it. Block indexes refer to <c>ExtractedDocument.Blocks</c>.
/// </summary>
public sealed record EmbeddedLetter(
    int PageFrom,
    int PageTo,
    int FirstBlock,
    int LastBlock,
    DateOnly? LetterDate,
    string? VisitKind,
    IReadOnlyList<DateOnly> VisitDates,
    IReadOnlyList<string> Inspectors);

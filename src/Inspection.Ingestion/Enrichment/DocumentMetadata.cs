using Inspection.Content.Evidence;

namespace Inspection.Ingestion.Enrichment;

/// <summary>What the enricher recognised in a document; null or empty where the document does not say.</summary>
/// <param name="Kind">A <see cref="DocumentKinds"/> content type name.</param>
/// <param name="VisitKind">A <see cref="VisitKinds"/> id: the visit a letter reports on, or the main visit a report is about.</param>
/// <param name="Judgements">Judgement name as written to its <see cref="JudgementGrades"/> grade.</param>
/// <param name="Findings">Findings with empty <c>FindingId</c> and <c>ContentItemId</c>: the caller assigns both (see <see cref="FindingIds"/>).</param>
public sealed record DocumentMetadata(
    string Kind,
    DateOnly? DocumentDate,
    string? Organisation,
    string? VisitKind,
    IReadOnlyList<DateOnly> VisitDates,
    IReadOnlyList<string> Inspectors,
    IReadOnlyDictionary<string, string> Judgements,
    IReadOnlyList<EmbeddedLetter> EmbeddedLetters,
    IReadOnlyList<Visit> Visits,
    IReadOnlyList<Finding> Findings)
{
    /// <summary>The document's own title (not the meeting, a logo or a running header), when it has one.</summary>
    public string? Title { get; init; }

    /// <summary>The rows of the document's RAG-rated action tables, which the improvement plan can import.</summary>
    public IReadOnlyList<ActionRow> Actions { get; init; } = [];
}

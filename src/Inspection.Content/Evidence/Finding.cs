namespace Inspection.Content.Evidence;

/// <summary>A recommendation, area for improvement, area of weakness, strength or progress verdict stated by an inspectorate.</summary>
public sealed record Finding(
    string FindingId,
    string ContentItemId,
    string Kind,
    string Text,
    int Page,
    DateOnly? VisitDate,
    string? VisitKind,
    string Status,
    string? Verdict);

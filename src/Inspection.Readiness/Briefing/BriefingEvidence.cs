namespace Inspection.Readiness.Briefing;

/// <summary>A document's best passage for the theme, as a briefing lists it (title, kind, date, source file and pages).</summary>
public sealed record BriefingEvidence(
    string DocumentId,
    string Title,
    string Kind,
    DateOnly? Date,
    string? SourceFile,
    int PageFrom,
    int PageTo,
    string PassageId,
    string Excerpt);

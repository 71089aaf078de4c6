namespace Inspection.Application.Findings;

/// <summary>A visit whose letter stated findings (its letter's id, kind of visit and date), for choosing findings by visit.</summary>
public sealed record FindingVisit(string DocumentId, string? VisitKind, DateOnly? VisitDate, string Title);

namespace Inspection.Ingestion.Enrichment;

/// <summary>One inspection activity a document speaks of: its kind (<see cref="VisitKinds"/>) and its days, first day first.</summary>
public sealed record Visit(string Kind, IReadOnlyList<DateOnly> Dates)
{
    public DateOnly? FirstDay => Dates.Count > 0 ? Dates[0] : null;

    /// <summary>True when the document gives only the month ("the inspection in May 2021"): the date is its first day.</summary>
    public bool MonthOnly { get; init; }
}

namespace Inspection.Ingestion.Enrichment;

/// <summary>One inspection activity a document speaks of: its kind (<see cref="VisitKinds"/>) and its days, first day first.</summary>
public sealed record Visit(string Kind, IReadOnlyList<DateOnly> Dates)
{
    public DateOnly? FirstDay => Dates.Count > 0 ? Dates[0] : null;
}

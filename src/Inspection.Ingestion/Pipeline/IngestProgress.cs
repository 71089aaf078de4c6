namespace Inspection.Ingestion.Pipeline;

/// <summary>Progress of a batch after each file: counts, pages so far and the outcome just finished.</summary>
public sealed record IngestProgress(int Done, int Total, int Pages, TimeSpan Elapsed, IngestOutcome Latest);

namespace Inspection.Ingestion.Pipeline;

/// <summary>What became of one file: <c>created</c>, <c>duplicate</c> or <c>rejected</c> (see <c>IngestionItemStatuses</c>), with what a person needs to know.</summary>
public sealed record IngestOutcome(
    string File,
    string Status,
    string? DocumentId,
    string? Kind,
    int Pages,
    int Passages,
    int Findings,
    string? Error,
    string? Warning = null);

namespace Inspection.Ingestion.Pipeline;

/// <summary>Ingests one file: original stored once, item, passages, findings and indexing task saved together, or nothing.</summary>
public interface IEvidenceIngester
{
    Task<IngestOutcome> IngestAsync(string filePath, IngestSettings settings, CancellationToken cancellationToken);
}

namespace Inspection.Ingestion.Pipeline;

/// <summary>
/// Ingests one file in two steps: <see cref="PrepareAsync"/> does the CPU work and changes nothing (several may run at
/// once); <see cref="CommitAsync"/> stores the original and saves item, passages, findings and indexing task in one transaction.
/// </summary>
public interface IEvidenceIngester
{
    /// <summary>Hash, duplicate check, extraction, enrichment and segmentation; a duplicate or rejected file comes back as its outcome.</summary>
    Task<PreparedFile> PrepareAsync(string filePath, CancellationToken cancellationToken);

    /// <summary>
    /// Saves a prepared file; <paramref name="alsoInTransaction"/> runs inside the same transaction with the outcome
    /// (a job marks its item there, so a crash can never leave evidence saved but its file still pending).
    /// </summary>
    Task<IngestOutcome> CommitAsync(PreparedFile prepared, IngestSettings settings, Func<IngestOutcome, CancellationToken, Task>? alsoInTransaction, CancellationToken cancellationToken);

    /// <summary>The file's outcome as already held (a duplicate of the evidence named) when the store holds its content, else null; reads only its hash.</summary>
    Task<IngestOutcome?> HeldAsync(string filePath, CancellationToken cancellationToken);

    /// <summary>Prepare then commit.</summary>
    Task<IngestOutcome> IngestAsync(string filePath, IngestSettings settings, CancellationToken cancellationToken);
}

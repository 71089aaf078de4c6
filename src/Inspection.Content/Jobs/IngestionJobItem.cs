namespace Inspection.Content.Jobs;

/// <summary>
/// One file of an ingestion job: pending until marked created, duplicate or rejected. <see cref="ClaimedBy"/> and
/// <see cref="LeaseUntilUtc"/> say which node is working on it; <see cref="Attempts"/> how many claims it has taken.
/// </summary>
public sealed record IngestionJobItem(
    string JobId,
    int Ordinal,
    string FilePath,
    string Status,
    string? ContentItemId,
    string? Error,
    string? ClaimedBy = null,
    DateTime? LeaseUntilUtc = null,
    int Attempts = 0);

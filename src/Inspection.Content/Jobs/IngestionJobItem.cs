namespace Inspection.Content.Jobs;

/// <summary>One file of an ingestion job: pending until marked created, duplicate or rejected.</summary>
public sealed record IngestionJobItem(string JobId, int Ordinal, string FilePath, string Status, string? ContentItemId, string? Error);

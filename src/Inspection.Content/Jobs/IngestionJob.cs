namespace Inspection.Content.Jobs;

/// <summary>An ingestion job and its progress; <see cref="Options"/> is the JSON the job was started with.</summary>
public sealed record IngestionJob(string Id, DateTime CreatedUtc, DateTime UpdatedUtc, string Status, int Total, int Done, string Options);

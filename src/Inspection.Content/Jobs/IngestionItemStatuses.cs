namespace Inspection.Content.Jobs;

/// <summary>What became of one file of an ingestion job, as stored.</summary>
public static class IngestionItemStatuses
{
    public const string Pending = "pending";
    public const string Created = "created";
    public const string Duplicate = "duplicate";
    public const string Rejected = "rejected";
}

namespace Inspection.Content.Jobs;

/// <summary>The states of an ingestion job, as stored.</summary>
public static class IngestionJobStatuses
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
}

namespace Inspection.Content.Persistence;

/// <summary>A persisted ingestion job, so that a restart can resume it.</summary>
public sealed class IngestionJobRecord
{
    public string Id { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string Status { get; set; } = "";

    public int Total { get; set; }

    public int Done { get; set; }

    public string Json { get; set; } = "";
}

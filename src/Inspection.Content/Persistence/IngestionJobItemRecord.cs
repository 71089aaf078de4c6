namespace Inspection.Content.Persistence;

/// <summary>One file of an ingestion job and what became of it.</summary>
public sealed class IngestionJobItemRecord
{
    public string JobId { get; set; } = "";

    public int Ordinal { get; set; }

    public string FilePath { get; set; } = "";

    public string Status { get; set; } = "";

    public string? ContentItemId { get; set; }

    public string? Error { get; set; }
}

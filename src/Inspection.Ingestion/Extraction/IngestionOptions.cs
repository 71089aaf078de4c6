using System.ComponentModel.DataAnnotations;

namespace Inspection.Ingestion.Extraction;

/// <summary>Limits that keep one bad file from exhausting a batch; bound from the "Ingestion" configuration section.</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    [Range(1L, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 100L * 1024 * 1024;

    [Range(1, int.MaxValue)]
    public int MaxPages { get; set; } = 5_000;

    [Range(1, 86_400)]
    public int DocumentTimeoutSeconds { get; set; } = 120;

    /// <summary>Files prepared (read, extracted, enriched) at once by a batch; 0 means one per core but one, at least one.</summary>
    [Range(0, 64)]
    public int FilesAtOnce { get; set; }
}

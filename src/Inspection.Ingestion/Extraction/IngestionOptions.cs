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

    /// <summary>Files prepared (read, extracted, enriched) at once by a batch; 0 means one per core but one, at least one (the CLI sets one per core).</summary>
    [Range(0, 64)]
    public int FilesAtOnce { get; set; }

    /// <summary>What a ZIP-based file (Word .docx) may unpack to in all, counted while it is read.</summary>
    [Range(1L, long.MaxValue)]
    public long MaxUnpackedBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Parts a ZIP-based file may hold.</summary>
    [Range(1, int.MaxValue)]
    public int MaxZipEntries { get; set; } = 10_000;

    /// <summary>How many times its compressed size one part may unpack to (past its first MB): XML rarely passes 30 to 1, bombs reach 1,000.</summary>
    [Range(1, int.MaxValue)]
    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>How deep the XML of a Word part may nest; deeper is an attack on the parser, not a report.</summary>
    [Range(1, 100_000)]
    public int MaxXmlDepth { get; set; } = 256;
}

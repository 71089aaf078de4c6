using Inspection.Ingestion.Formats;

namespace Inspection.Ingestion.Extraction;

/// <summary>The structured text of one file: its blocks in reading order, its page count and any title the file declares.</summary>
public sealed record ExtractedDocument(
    string FileName,
    FileFormat Format,
    int PageCount,
    IReadOnlyList<Block> Blocks,
    string? Title)
{
    // A scanned PDF has pages but no letters: callers decide what to do (OCR, warn) rather than getting an exception.
    public bool HasTextLayer { get; init; } = true;

    /// <summary>The classification the document marks itself with (see <see cref="Extraction.ProtectiveMarking"/>), if any.</summary>
    public string? ProtectiveMarking { get; init; }

    /// <summary>Running header and footer lines that cleaning removed, once each: they often name the authority and the document.</summary>
    public IReadOnlyList<string> PageFurniture { get; init; } = [];

    /// <summary>Pages whose text came from OCR rather than a text layer.</summary>
    public int OcrPages { get; init; }

    /// <summary>The mean word confidence (0-100) of the OCR'd pages, when there were any.</summary>
    public double? OcrConfidence { get; init; }

    /// <summary>Why pages without a text layer were not read (no recogniser, a page over its time limit), when some were not.</summary>
    public string? OcrNote { get; init; }
}

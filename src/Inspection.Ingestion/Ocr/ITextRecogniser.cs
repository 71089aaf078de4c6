namespace Inspection.Ingestion.Ocr;

/// <summary>Reads the words of a scanned page image, with their positions.</summary>
public interface ITextRecogniser
{
    /// <summary>Null when no recogniser is installed; otherwise why pages cannot be read is an <see cref="OcrUnavailableException"/>.</summary>
    string? UnavailableReason { get; }

    /// <summary>Recognises one page image (PNG, JPEG or TIFF bytes); a TIFF's first page only.</summary>
    OcrPage Recognise(ReadOnlySpan<byte> image, CancellationToken cancellationToken);
}

namespace Inspection.Ingestion.Formats;

/// <summary>Formats detected from a file's content (never its name).</summary>
public enum FileFormat
{
    Unknown,
    Pdf,
    Html,
    Docx,
    Text,
    Markdown,

    /// <summary>A scanned page or photograph (PNG, JPEG, TIFF): its text comes from OCR.</summary>
    Image,
}

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
}

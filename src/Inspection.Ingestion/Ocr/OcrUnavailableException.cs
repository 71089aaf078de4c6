namespace Inspection.Ingestion.Ocr;

/// <summary>A page could not be read by OCR (recogniser missing, timed out or failed): the file is kept without that text and flagged.</summary>
public sealed class OcrUnavailableException : Exception
{
    public OcrUnavailableException()
    {
    }

    public OcrUnavailableException(string message)
        : base(message)
    {
    }

    public OcrUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

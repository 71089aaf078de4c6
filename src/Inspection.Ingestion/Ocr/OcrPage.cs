namespace Inspection.Ingestion.Ocr;

/// <summary>The words recognised on one scanned page, with the page's size in pixels.</summary>
public sealed record OcrPage(int Width, int Height, IReadOnlyList<OcrWord> Words)
{
    /// <summary>The mean confidence of the page's words (0-100), or 0 when none was recognised.</summary>
    public double Confidence => Words.Count == 0 ? 0 : Words.Average(w => w.Confidence);
}

namespace Inspection.Ingestion.Ocr;

/// <summary>The words recognised on one scanned page, with the page's size in pixels and, when the recogniser gives them, its lines.</summary>
public sealed record OcrPage(int Width, int Height, IReadOnlyList<OcrWord> Words)
{
    /// <summary>The page's lines; a word's <see cref="OcrWord.Line"/> indexes them. Empty when only word boxes are known.</summary>
    public IReadOnlyList<OcrLine> Lines { get; init; } = [];

    /// <summary>The mean confidence of the page's words (0-100), or 0 when none was recognised.</summary>
    public double Confidence => Words.Count == 0 ? 0 : Words.Average(w => w.Confidence);
}

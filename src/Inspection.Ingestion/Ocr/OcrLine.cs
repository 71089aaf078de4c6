namespace Inspection.Ingestion.Ocr;

/// <summary>
/// A line of text as Tesseract models it (hOCR), in image pixels with the origin top left: its box, its baseline (through
/// the box's bottom-left corner plus <paramref name="BaselineOffset"/>, rising <paramref name="Slope"/> per pixel, y down)
/// and its text height from ascenders to descenders, which says the font size more steadily than single word boxes.
/// </summary>
public sealed record OcrLine(int Left, int Bottom, int Right, double Slope, double BaselineOffset, double TextHeight);

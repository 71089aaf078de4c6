namespace Inspection.Ingestion.Ocr;

/// <summary>A recognised word: its text, its box in image pixels (origin top left), its line within the page and Tesseract's confidence (0-100).</summary>
public sealed record OcrWord(string Text, int Left, int Top, int Width, int Height, int Line, double Confidence);

using System.ComponentModel.DataAnnotations;

namespace Inspection.Ingestion.Ocr;

/// <summary>How scanned pages are read (Tesseract run as a process); bound from the "Ocr" configuration section.</summary>
public sealed class OcrOptions
{
    public const string SectionName = "Ocr";

    /// <summary>The tesseract executable: a name found on PATH or a full path (Debian: apt-get install tesseract-ocr).</summary>
    [Required]
    public string TesseractPath { get; set; } = "tesseract";

    /// <summary>Tesseract's language code(s), such as "eng".</summary>
    [Required]
    public string Language { get; set; } = "eng";

    /// <summary>One page's recognition is stopped after this; the page is then left without text and the file flagged.</summary>
    [Range(1, 3_600)]
    public int PageTimeoutSeconds { get; set; } = 60;
}

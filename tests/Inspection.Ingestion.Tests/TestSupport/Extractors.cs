using Inspection.Ingestion.Cleaning;
using Inspection.Ingestion.Docx;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Formats;
using Inspection.Ingestion.Html;
using Inspection.Ingestion.Ocr;
using Inspection.Ingestion.Pdf;
using Inspection.Ingestion.Text;
using Microsoft.Extensions.Options;

namespace Inspection.Ingestion.Tests.TestSupport;

/// <summary>The real extraction stack, wired by hand with chosen limits.</summary>
internal static class Extractors
{
    public static DocumentExtractor Create(IngestionOptions? options = null)
    {
        var wrapped = Options.Create(options ?? new IngestionOptions());
        var recogniser = new TesseractRecogniser(Options.Create(new OcrOptions()));
        IBlockExtractor[] extractors =
        [
            new PdfBlockExtractor(wrapped, recogniser),
            new ImageBlockExtractor(recogniser),
            new HtmlBlockExtractor(),
            new DocxBlockExtractor(wrapped),
            new TextBlockExtractor(),
            new MarkdownBlockExtractor(),
        ];
        return new DocumentExtractor(new FileFormatDetector(), extractors, new BlockCleaningPipeline(BlockCleaningPipeline.DefaultCleaners()), wrapped);
    }

    public static ExtractedDocument Extract(string path, IngestionOptions? options = null) =>
        Create(options).Extract(path, CancellationToken.None);

    /// <summary>Writes the PDF a test drew to a temp file, extracts it as an upload would be, and deletes the file.</summary>
    public static ExtractedDocument Extract(UglyToad.PdfPig.Writer.PdfDocumentBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var path = Path.Combine(Path.GetTempPath(), "drawn-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, builder.Build());
        try
        {
            return Extract(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

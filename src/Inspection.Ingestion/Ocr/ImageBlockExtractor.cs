using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Formats;
using Inspection.Ingestion.Pdf;

namespace Inspection.Ingestion.Ocr;

/// <summary>A scanned page or photograph (PNG, JPEG, TIFF): its text through OCR, laid out as a PDF page's would be.</summary>
public sealed class ImageBlockExtractor(ITextRecogniser recogniser) : IBlockExtractor
{
    public FileFormat Format => FileFormat.Image;

    public ExtractedDocument Extract(string fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var scanned = new ScannedPages(recogniser);
        var lines = scanned.Lines(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), cancellationToken);
        var blocks = new PdfBlockBuilder([lines]).Build(cancellationToken);
        return new ExtractedDocument(fileName, FileFormat.Image, 1, blocks, null)
        {
            HasTextLayer = blocks.Count > 0,
            OcrPages = scanned.Read,
            OcrConfidence = scanned.Confidence,
            OcrNote = scanned.Note,
        };
    }
}

using System.Globalization;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Formats;
using Microsoft.Extensions.Options;
using UglyToad.PdfPig;
using Inspection.Ingestion.Ocr;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Inspection.Ingestion.Pdf;

/// <summary>
/// Extracts PDF text with PdfPig from letter geometry: lines, paragraphs, headings, list items and table rows, page by page.
/// A page with no letters but a picture (a scan) is read by OCR.
/// </summary>
public sealed class PdfBlockExtractor(IOptions<IngestionOptions> options, ITextRecogniser recogniser) : IBlockExtractor
{
    private readonly IngestionOptions _options = options.Value;

    public FileFormat Format => FileFormat.Pdf;

    public ExtractedDocument Extract(string fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { ClipPaths = false });
            var pageCount = document.NumberOfPages;
            if (pageCount > _options.MaxPages)
            {
                throw new IngestionException(fileName, string.Create(CultureInfo.InvariantCulture, $"the PDF has {pageCount:N0} pages; the limit is {_options.MaxPages:N0}"));
            }

            var pages = new List<IReadOnlyList<PdfLine>>(pageCount);
            var letters = 0;
            var scanned = new ScannedPages(recogniser);
            for (var number = 1; number <= pageCount; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = document.GetPage(number);
                letters += page.Letters.Count;
                pages.Add(page.Letters.Count == 0 && ScanImage(page) is { } image
                    ? scanned.Lines(image, cancellationToken)
                    : PdfLineBuilder.Build(page.Letters, PdfBullets.Find(page), PdfRules.Find(page)));
            }

            var blocks = new PdfBlockBuilder(pages).Build(cancellationToken);
            return new ExtractedDocument(fileName, FileFormat.Pdf, pageCount, blocks, Title(document))
            {
                HasTextLayer = letters > 0 || blocks.Count > 0,
                OcrPages = scanned.Read,
                OcrConfidence = scanned.Confidence,
                OcrNote = scanned.Note,
            };
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new IngestionException(fileName, "the PDF is encrypted", ex);
        }
        catch (PdfDocumentFormatException ex)
        {
            throw new IngestionException(fileName, $"the PDF is damaged or incomplete ({ShortCause(ex)})", ex);
        }
        catch (Exception ex) when (ex is not (IngestionException or OperationCanceledException or OutOfMemoryException))
        {
            // PdfPig signals other structural damage with general exceptions (invalid casts, missing keys, bad offsets).
            throw new IngestionException(fileName, $"the PDF is damaged or incomplete ({ShortCause(ex)})", ex);
        }
    }

    // The page's largest picture as PNG or JPEG bytes, when it has one that covers a good part of the page.
    private static byte[]? ScanImage(Page page)
    {
        var largest = page.GetImages().MaxBy(i => i.BoundingBox.Width * i.BoundingBox.Height);
        if (largest is null || largest.BoundingBox.Width * largest.BoundingBox.Height < 0.25 * page.Width * page.Height)
        {
            return null;
        }

        if (largest.TryGetPng(out var png))
        {
            return png;
        }

        var raw = largest.RawBytes;
        return raw.Length > 3 && raw[0] == 0xFF && raw[1] == 0xD8 ? raw.ToArray() : null;
    }

    private static string? Title(PdfDocument document)
    {
        // Producers often store a job id or file stem ("002_8e30a387") as the title; only a phrase is worth keeping.
        var title = document.Information?.Title?.Trim();
        return string.IsNullOrEmpty(title) || !title.Contains(' ', StringComparison.Ordinal) ? null : title;
    }

    private static string ShortCause(Exception ex)
    {
        var message = ex.Message.ReplaceLineEndings(" ").Trim();
        return message.Length <= 120 ? message.TrimEnd('.') : message[..117] + "...";
    }
}

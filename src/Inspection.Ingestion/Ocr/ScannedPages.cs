using Inspection.Ingestion.Pdf;

namespace Inspection.Ingestion.Ocr;

/// <summary>Reads page images through the recogniser into layout lines, keeping count of pages read, their confidence and what failed.</summary>
internal sealed class ScannedPages(ITextRecogniser recogniser)
{
    private readonly List<double> _confidences = [];

    public int Read => _confidences.Count;

    public double? Confidence => _confidences.Count == 0 ? null : Math.Round(_confidences.Average(), 1);

    public string? Note { get; private set; }

    /// <summary>The page's lines in reading order, or none when it could not be read (the reason is kept in <see cref="Note"/>).</summary>
    public IReadOnlyList<PdfLine> Lines(ReadOnlySpan<byte> image, CancellationToken cancellationToken)
    {
        try
        {
            var page = recogniser.Recognise(image, cancellationToken);
            _confidences.Add(page.Confidence);
            return PdfPageLayout.Arrange(OcrRuns.From(page));
        }
        catch (OcrUnavailableException ex)
        {
            Note ??= ex.Message;
            return [];
        }
    }
}

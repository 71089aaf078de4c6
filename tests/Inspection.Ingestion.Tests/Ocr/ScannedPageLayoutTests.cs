using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Ocr;

namespace Inspection.Ingestion.Tests.Ocr;

/// <summary>A scanned page goes through the PDF layout from Tesseract's hOCR: lines straightened, sized by its line model.</summary>
public sealed partial class ScannedPageLayoutTests
{
    // 200 dpi A4, turned by two degrees: every line falls 0.035 pixels per pixel across, so word boxes are taller than their text.
    private const int PageWidth = 1654;
    private const int PageHeight = 2339;
    private const double Slope = 0.035;

    [Fact]
    public void HocrGivesThePageSizeEachLineModelAndEachWordDecoded()
    {
        var page = HocrReader.Read(Hocr([("Children&#39;s services &amp; partners", 30, 400)]));

        Assert.Equal((PageWidth, PageHeight), (page.Width, page.Height));
        var line = Assert.Single(page.Lines);
        Assert.Equal((30, Slope), (line.TextHeight, line.Slope));
        Assert.Equal(["Children's", "services", "&", "partners"], page.Words.Select(w => w.Text));
        Assert.All(page.Words, w => Assert.Equal((0, 91.0), (w.Line, w.Confidence)));
    }

    [Fact]
    public void APageScannedAskewReadsAsItsOriginalWithItsHeadingAndOneParagraph()
    {
        var hocr = Hocr(
        [
            ("Areas for improvement in Anyshire", 32, 300),
            ("This letter summarisés the findings of the focused visit to the front door of", 28, 380),
            ("children's services in Anyshire, which took place on 5 and 6 November 2024, with", 28, 428),
            ("inspectors from Ofsted.", 28, 476),
        ]);
        var extractor = new ImageBlockExtractor(new FixedRecogniser(HocrReader.Read(hocr)));

        var document = extractor.Extract("scan.png", new MemoryStream([1, 2, 3]), CancellationToken.None);

        Assert.Equal(
            [
                (BlockKind.Heading, "Areas for improvement in Anyshire"),
                (BlockKind.Paragraph, "This letter summarises the findings of the focused visit to the front door of children's services in Anyshire, which took place on 5 and 6 November 2024, with inspectors from Ofsted."),
            ],
            document.Blocks.Select(b => (b.Kind, b.Text.ReplaceLineEndings(" "))));
    }

    [Theory]
    [InlineData(90)]
    [InlineData(-90)]
    [InlineData(180)]
    public void APageFedInSidewaysOrUpsideDownReadsAsItsOriginalWithItsHeadingAndOneParagraph(int turn)
    {
        var hocr = Sideways(Hocr(
        [
            ("Areas for improvement in Anyshire", 32, 300),
            ("This letter summarises the findings of the focused visit to the front door of", 28, 380),
            ("children's services in Anyshire, which took place on 5 and 6 November 2024, with", 28, 428),
            ("inspectors from Ofsted.", 28, 476),
        ]), turn);
        var page = HocrReader.Read(hocr);
        var extractor = new ImageBlockExtractor(new FixedRecogniser(page));

        var document = extractor.Extract("scan.png", new MemoryStream([1, 2, 3]), CancellationToken.None);

        Assert.Equal((PageWidth, PageHeight), (page.Width, page.Height));
        Assert.Equal(
            [
                (BlockKind.Heading, "Areas for improvement in Anyshire"),
                (BlockKind.Paragraph, "This letter summarises the findings of the focused visit to the front door of children's services in Anyshire, which took place on 5 and 6 November 2024, with inspectors from Ofsted."),
            ],
            document.Blocks.Select(b => (b.Kind, b.Text.ReplaceLineEndings(" "))));
    }

    [Fact]
    public void MarksAlongTheImagesEdgeDoNotCutTheParagraphBesideThem()
    {
        // A phone photo turned a little: the sheet's edge against the fill, read as a column of thin letters beside the text.
        var page = HocrReader.Read(Hocr(
        [
            ("Senior leaders have an accurate understanding of the strengths and weaknesses of the", 28, 380),
            ("service, and they have acted with determination since the inspection took place.", 28, 428),
        ]));
        var edge = page.Lines.Count;
        var specks = new[] { ("i", 396), ("j", 420), ("|", 444), ("i", 468) }.Select(s => new OcrWord(s.Item1, 16, s.Item2, 4, 20, edge, 30)).ToList();
        var corner = new OcrWord("aes", PageWidth - 80, PageHeight - 84, 8, 84, edge + 1, 31);
        var photographed = page with { Words = [.. page.Words, .. specks, corner], Lines = [.. page.Lines, new OcrLine(15, 490, 21, 0, 0, 24), new OcrLine(PageWidth - 80, PageHeight, PageWidth - 72, 0, 0, 24)] };
        var extractor = new ImageBlockExtractor(new FixedRecogniser(photographed));

        var document = extractor.Extract("scan.jpg", new MemoryStream([1, 2, 3]), CancellationToken.None);

        Assert.Equal(
            "Senior leaders have an accurate understanding of the strengths and weaknesses of the service, and they have acted with determination since the inspection took place.",
            Assert.Single(document.Blocks).Text.ReplaceLineEndings(" "));
    }

    [Fact]
    public void AFootnoteNumberReadAsASignAfterAWordIsLeftOut()
    {
        var hocr = Hocr(
        [
            ("Inspectors found that children in care keep in touch with their brothers and sisters®. The report was", 28, 380),
            ("published on 25 April 2025¹, after the inspection, with 3 areas for improvement in 20°C weather.", 28, 428),
        ]);
        var extractor = new ImageBlockExtractor(new FixedRecogniser(HocrReader.Read(hocr)));

        var document = extractor.Extract("scan.png", new MemoryStream([1, 2, 3]), CancellationToken.None);

        Assert.Equal(
            "Inspectors found that children in care keep in touch with their brothers and sisters. The report was published on 25 April 2025, after the inspection, with 3 areas for improvement in 20°C weather.",
            Assert.Single(document.Blocks).Text.ReplaceLineEndings(" "));
    }

    [Fact]
    public void AnEReadAsAEuroSignOpeningAWordIsTheLetter()
    {
        var hocr = Hocr(
        [
            ("The quality of pathway plans, so that €ach one sets out the help a young person will", 28, 380),
            ("receive, which costs €40 a week and €5.50 for travel.", 28, 428),
        ]);
        var extractor = new ImageBlockExtractor(new FixedRecogniser(HocrReader.Read(hocr)));

        var document = extractor.Extract("scan.png", new MemoryStream([1, 2, 3]), CancellationToken.None);

        Assert.Equal(
            "The quality of pathway plans, so that each one sets out the help a young person will receive, which costs €40 a week and €5.50 for travel.",
            Assert.Single(document.Blocks).Text.ReplaceLineEndings(" "));
    }

    [Fact]
    public void ASidewaysStampInTheMarginLeavesAnUprightPageAsItIs()
    {
        var upright = Hocr(
        [
            ("This letter summarises the findings of the focused visit to the front door of", 28, 380),
            ("children's services in Anyshire, which took place on 5 and 6 November 2024.", 28, 428),
        ]);
        var stamp = Sideways(Hocr([("OFFICIAL SENSITIVE", 20, 60)]), turn: 90);
        var hocr = upright.Replace("</div>\n", string.Concat(stamp.Split('\n').Skip(1).SkipLast(2).Select(l => l.Replace("line_1", "line_9", StringComparison.Ordinal) + "\n")) + "</div>\n", StringComparison.Ordinal);

        var page = HocrReader.Read(hocr);

        Assert.Equal((PageWidth, PageHeight), (page.Width, page.Height));
        Assert.Equal(200, page.Words[0].Left);
    }

    // The same page as Tesseract reports it when the sheet went through the scanner a quarter turn clockwise (90: its top
    // along the image's right edge), anticlockwise (-90) or upside down (180): every box as it lies on the turned image, and
    // no baseline model.
    private static string Sideways(string hocr, int turn) =>
        BaselineModel().Replace(
            Box().Replace(hocr, m =>
            {
                var (x0, y0, x1, y1) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture));
                if (m.Value == $"bbox 0 0 {PageWidth} {PageHeight}")
                {
                    return turn == 180 ? m.Value : $"bbox 0 0 {PageHeight} {PageWidth}";
                }

                return turn switch
                {
                    90 => string.Create(CultureInfo.InvariantCulture, $"bbox {PageHeight - y1} {x0} {PageHeight - y0} {x1}"),
                    -90 => string.Create(CultureInfo.InvariantCulture, $"bbox {y0} {PageWidth - x1} {y1} {PageWidth - x0}"),
                    _ => string.Create(CultureInfo.InvariantCulture, $"bbox {PageWidth - x1} {PageHeight - y1} {PageWidth - x0} {PageHeight - y0}"),
                };
            }),
            "");

    [GeneratedRegex(@"bbox (\d+) (\d+) (\d+) (\d+)")]
    private static partial Regex Box();

    [GeneratedRegex(@"baseline -?[\d.]+ -?[\d.]+; ")]
    private static partial Regex BaselineModel();

    // Lines as Tesseract reports a turned page: each word's box encloses the word as it lies, sloping down to the right.
    private static string Hocr(IReadOnlyList<(string Text, int TextHeight, int Top)> lines)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<div class='ocr_page' id='page_1' title='image \"scan.png\"; bbox 0 0 {PageWidth} {PageHeight}; ppageno 0'>\n");
        var number = 0;
        foreach (var (text, height, top) in lines)
        {
            number++;
            var words = text.Split(' ');
            var left = 200;
            var spans = new StringBuilder();
            foreach (var word in words)
            {
                var width = Encoding.UTF8.GetByteCount(System.Net.WebUtility.HtmlDecode(word)) * height / 2;
                var wordTop = top + (int)(Slope * left);
                var boxHeight = height + (int)(Slope * width);
                spans.Append(CultureInfo.InvariantCulture, $"<span class='ocrx_word' id='word_{number}_{left}' title='bbox {left} {wordTop} {left + width} {wordTop + boxHeight}; x_wconf 91'>{word}</span> ");
                left += width + (height / 2);
            }

            var right = left - (height / 2);
            var bottom = top + (int)(Slope * right) + height;
            html.Append(CultureInfo.InvariantCulture, $"<span class='ocr_line' id='line_{number}' title=\"bbox 200 {top} {right} {bottom}; baseline {Slope.ToString(CultureInfo.InvariantCulture)} -{(int)(Slope * (right - 200)) + (height / 5)}; x_size {height}; x_descenders {height / 5}; x_ascenders {height / 5}\">")
                .Append(spans).Append("</span>\n");
        }

        return html.Append("</div>\n").ToString();
    }

    private sealed class FixedRecogniser(OcrPage page) : ITextRecogniser
    {
        public string? UnavailableReason => null;

        public OcrPage Recognise(ReadOnlySpan<byte> image, CancellationToken cancellationToken) => page;
    }
}

using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Tests.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Inspection.Ingestion.Tests.Pdf;

public sealed class PdfRejectionTests
{
    [Fact]
    public void EncryptedPdfIsRejectedNamingTheFile()
    {
        using var temp = new TempFolder();
        var bytes = GeneratedPdfs.Encrypted();
        var path = temp.Write("minutes-2023.pdf", bytes);

        // The generated file must really be one PdfPig refuses, or this test proves nothing.
        Assert.Throws<PdfDocumentEncryptedException>(() => PdfDocument.Open(bytes).Dispose());
        var error = Assert.Throws<IngestionException>(() => Extractors.Extract(path));

        Assert.Equal("minutes-2023.pdf: the PDF is encrypted", error.Message);
        Assert.Equal("the PDF is encrypted", error.Reason);
        Assert.Equal(path, error.FilePath);
        Assert.IsType<PdfDocumentEncryptedException>(error.InnerException);
    }

    [Fact]
    public void TruncatedPdfIsRejectedAsDamaged()
    {
        using var temp = new TempFolder();
        var whole = File.ReadAllBytes(Corpus.Real(Corpus.LeadMember));
        var path = temp.Write("lead-member-part.pdf", whole[..(whole.Length * 40 / 100)]);

        var error = Assert.Throws<IngestionException>(() => Extractors.Extract(path));

        Assert.StartsWith("lead-member-part.pdf: the PDF is damaged or incomplete (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(")", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public void PdfWithoutTextLayerGivesPagesButNoBlocks()
    {
        using var temp = new TempFolder();
        var path = temp.Write("scanned-audit.pdf", GeneratedPdfs.WithoutText(3));

        var document = Extractors.Extract(path);

        Assert.Equal(3, document.PageCount);
        Assert.Empty(document.Blocks);
        Assert.False(document.HasTextLayer);
    }

    [Fact]
    public void PdfOverThePageLimitIsRejectedWithItsPageCount()
    {
        var error = Assert.Throws<IngestionException>(() => Extractors.Extract(Corpus.Real(Corpus.LeadMember), new IngestionOptions { MaxPages = 5 }));

        Assert.Equal($"{Corpus.LeadMember}: the PDF has 12 pages; the limit is 5", error.Message);
    }

    [Fact]
    public void SidewaysTextIsReadInItsOwnDirection()
    {
        using var temp = new TempFolder();
        var path = temp.Write("landscape-plan.pdf", GeneratedPdfs.SidewaysText("Action plan for the area", "of significant weakness"));

        var document = Extractors.Extract(path);

        Assert.Equal("Action plan for the area of significant weakness", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void TwoColumnPageIsReadColumnByColumn()
    {
        using var temp = new TempFolder();
        var left = Enumerable.Range(1, 12).Select(i => $"left column words for line {i} about early help").ToList();
        var right = Enumerable.Range(1, 12).Select(i => $"right column words for line {i} about adoption").ToList();
        var path = temp.Write("newsletter.pdf", GeneratedPdfs.TwoColumns(left, right));

        var document = Extractors.Extract(path);

        Assert.Equal([string.Join(" ", left), string.Join(" ", right)], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void LinesStartedByDrawnBulletsAreListItemsNotOneParagraph()
    {
        using var temp = new TempFolder();
        string[] items = ["the timeliness of strategy discussions out of hours;", "the clarity of child protection plans;", "management oversight in the disabled children's team"];
        var path = temp.Write("letter.pdf", GeneratedPdfs.DrawnBullets("Inspectors identified the following areas for improvement", items));

        var document = Extractors.Extract(path);

        Assert.Equal(items, document.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Text));
    }

    [Fact]
    public void TextDrawnTwiceForBoldIsReadOnce()
    {
        using var temp = new TempFolder();
        var path = temp.Write("bold.pdf", GeneratedPdfs.DoubleStruck("Areas for improvement", "Leaders should act now."));

        var document = Extractors.Extract(path);

        Assert.Equal("Areas for improvement Leaders should act now.", string.Join(" ", document.Blocks.Select(b => b.Text)));
    }

    [Fact]
    public void GeneratedPdfTextIsExtracted()
    {
        using var temp = new TempFolder();
        var path = temp.Write("note.pdf", GeneratedPdfs.WithText("Children in care reviews were timely.", "Second page text is here."));

        var document = Extractors.Extract(path);

        Assert.Equal(2, document.PageCount);
        Assert.Equal(["Children in care reviews were timely.", "Second page text is here."], document.Blocks.Select(b => b.Text));
        Assert.Equal([1, 2], document.Blocks.Select(b => b.Page));
    }
}

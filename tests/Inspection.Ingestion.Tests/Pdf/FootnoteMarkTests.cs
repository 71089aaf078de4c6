using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Tests.TestSupport;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Inspection.Ingestion.Tests.Pdf;

/// <summary>Footnote numbers raised after words: left out of the sentence, which stays one paragraph.</summary>
public sealed class FootnoteMarkTests
{
    private const double Size = 11;
    private const double Leading = 13.5;

    [Theory]
    [InlineData(5.0)] // raised as LibreOffice sets it: further than a third of the size, so once a line of its own
    [InlineData(3.3)] // raised as a browser sets <sup>: read into the line, glued to the word before it
    public void AFootnoteNumberAfterAWordIsNoPartOfTheSentenceOrItsLines(double raise)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var y = 700.0;
        foreach (var line in new[]
        {
            new[] { "Ofsted made a focused visit to children's services in the w/c 3 June 2024", "1", ", and the letter followed" },
            ["in July 2024. It named three areas for the council to improve.", "2", ""],
        })
        {
            var x = 60.0;
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i].Length == 0)
                {
                    continue;
                }

                var mark = i % 2 == 1;
                var letters = page.AddText(line[i], mark ? 6.5 : Size, new PdfPoint(x + (mark ? 0.4 : 0), mark ? y + raise : y), font);
                x = letters.Max(l => l.EndBaseLine.X);
            }

            y -= Leading;
        }

        var document = Extractors.Extract(builder);

        var block = Assert.Single(document.Blocks);
        Assert.Equal(BlockKind.Paragraph, block.Kind);
        Assert.Equal(
            "Ofsted made a focused visit to children's services in the w/c 3 June 2024, and the letter followed in July 2024. It named three areas for the council to improve.",
            block.Text.ReplaceLineEndings(" "));
    }

    [Theory]
    [InlineData(2.5, 0)]
    [InlineData(3.0, 0)]
    [InlineData(4.0, 0)] // raised as Chromium sets <sup>: further than a third of the note's size (round 14's Ashgarth endnotes)
    [InlineData(4.0, 2.5)] // and with a space before the note's first word
    [InlineData(5.5, 2.5)]
    public void AFootnoteKeepsItsRaisedNumberApartFromItsFirstWord(double raise, double space)
    {
        // A note's number set raised and small, touching the note's first word or a space before it; however high it is raised
        // (up to two thirds of the note's size), it opens the note's line and is no line of its own above it.
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var number = page.AddText("1", 5.5, new PdfPoint(60, 100 + raise), font);
        page.AddText("The report of that inspection was published on 5 May 2023.", 9, new PdfPoint(number.Max(l => l.EndBaseLine.X) + space, 100), font);

        var document = Extractors.Extract(builder);

        var block = Assert.Single(document.Blocks);
        Assert.Equal("1 The report of that inspection was published on 5 May 2023.", block.Text);
    }

    [Fact]
    public void AFootnoteKeepsItsNumberApartFromItsFirstWordWhenBothAreSetAlike()
    {
        // LibreOffice's note area: the number at the note's own size and baseline, touching its first word, below the text.
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("4Children is the name of the charity that runs the two family hubs in the town.", Size, new PdfPoint(60, 700), font);
        page.AddText("The hubs opened in 2024 after the council consulted families about where they should be.", Size, new PdfPoint(60, 700 - Leading), font);
        page.AddText("1The report of that inspection was published on 5 May 2023.", 9, new PdfPoint(60, 80), font);

        var document = Extractors.Extract(builder);

        Assert.Equal("1 The report of that inspection was published on 5 May 2023.", document.Blocks[^1].Text);
        Assert.StartsWith("4Children is the name", document.Blocks[0].Text, StringComparison.Ordinal);
    }
}

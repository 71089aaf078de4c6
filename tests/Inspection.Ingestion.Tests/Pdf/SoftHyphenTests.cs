using Inspection.Ingestion.Tests.TestSupport;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Inspection.Ingestion.Tests.Pdf;

/// <summary>
/// Soft hyphens as Chromium writes them into a PDF of hyphenated text: inside every word that may break, a glyph read as a
/// blank that the next letter is then drawn over (no room taken); where the line does break, the blank and a visible hyphen.
/// </summary>
public sealed class SoftHyphenTests
{
    private const double Size = 11;

    [Fact]
    public void ABlankTheNextLetterIsDrawnOverSplitsNoWord()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var x = Write(page, font, "This letter summar", 60, 700);
        Write(page, font, " ", x, 700);
        x = Write(page, font, "ises the findings of the monit", x, 700);
        Write(page, font, " ", x, 700);
        Write(page, font, "oring visit.", x, 700);

        var document = Extractors.Extract(builder);

        Assert.Equal("This letter summarises the findings of the monitoring visit.", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void AWordBrokenAtASoftHyphenIsWholeAgain()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var x = Write(page, font, "Improvement has been slower in the child protec", 60, 700);
        Write(page, font, " ", x, 700);
        Write(page, font, "-", x, 700);
        Write(page, font, "tion teams than in the front door.", 60, 700 - 13.5);

        var document = Extractors.Extract(builder);

        Assert.Equal("Improvement has been slower in the child protection teams than in the front door.", Assert.Single(document.Blocks).Text.ReplaceLineEndings(" "));
    }

    [Fact]
    public void ASpaceThatTakesRoomStillSeparatesWords()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var x = Write(page, font, "Children are", 60, 700);
        x = Write(page, font, " ", x, 700);
        Write(page, font, "seen alone.", x, 700);

        var document = Extractors.Extract(builder);

        Assert.Equal("Children are seen alone.", Assert.Single(document.Blocks).Text);
    }

    private static double Write(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string text, double x, double y) =>
        page.AddText(text, Size, new PdfPoint(x, y), font).Max(l => l.EndBaseLine.X);
}

using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Tests.TestSupport;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Inspection.Ingestion.Tests.Pdf;

/// <summary>Type set for looks in a designed report: a masthead in letter-spaced capitals and a drop cap opening the text.</summary>
public sealed class DesignedTypeTests
{
    private const double Size = 11;
    private const double Leading = 13.5;

    [Fact]
    public void ALetterSpacedMastheadIsReadAsWholeWords()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);

        // Each capital set on its own, 1.5 pt apart at 8 pt (a browser's letter-spacing): wider than a plain word gap.
        var x = 60.0;
        foreach (var letter in "SALLOWFIELD CITY COUNCIL")
        {
            var placed = page.AddText(letter.ToString(), 8, new PdfPoint(x, 760), font);
            x = placed.Max(l => l.EndBaseLine.X) + 1.5;
        }

        page.AddText("The committee is asked to note the findings of the focused visit.", Size, new PdfPoint(60, 720), font);

        var document = Extract(builder);

        Assert.Contains(document.Blocks, b => b.Text == "SALLOWFIELD CITY COUNCIL");
    }

    [Fact]
    public void ADropCapIsTheFirstLetterOfTheParagraphBesideIt()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var top = 700.0;
        var cap = page.AddText("O", 40, new PdfPoint(60, top - (2 * Leading)), font);
        var indent = cap.Max(l => l.EndBaseLine.X) + 4;
        page.AddText("fsted carried out a focused visit to", Size, new PdfPoint(indent, top), font);
        page.AddText("Sallowfield's front door on 13 and 14", Size, new PdfPoint(indent, top - Leading), font);
        page.AddText("January 2026. Two inspectors looked at", Size, new PdfPoint(indent, top - (2 * Leading)), font);
        page.AddText("how contacts and referrals are handled.", Size, new PdfPoint(60, top - (3 * Leading)), font);

        var document = Extract(builder);

        var block = Assert.Single(document.Blocks);
        Assert.Equal(
            "Ofsted carried out a focused visit to Sallowfield's front door on 13 and 14 January 2026. Two inspectors looked at how contacts and referrals are handled.",
            block.Text.ReplaceLineEndings(" "));
    }

    private static ExtractedDocument Extract(PdfDocumentBuilder builder) => Extractors.Extract(builder);
}

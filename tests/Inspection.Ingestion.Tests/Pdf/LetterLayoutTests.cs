using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Tests.TestSupport;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Inspection.Ingestion.Tests.Pdf;

/// <summary>Letters laid out as councils and inspectorates set them: sidebars, addresses with house numbers, contents pages.</summary>
public sealed class LetterLayoutTests
{
    [Fact]
    public void ALetterheadColumnInSmallerTypeBesideTheLetterIsASidebarReadAfterItNotATable()
    {
        string[] body =
        [
            "This letter summarises the findings of the focused visit to",
            "Anytown children's services on 3 and 4 February 2026. Inspectors",
            "looked at the help given to children who live with domestic abuse",
            "and at the way managers record their decisions about them.",
        ];
        string[][] side = [["Ofsted", "Royal Exchange Buildings", "Manchester"], ["Our reference: 80214567"], ["Date: 5 March 2026"]];

        var document = Extract(page =>
        {
            var regular = page.Regular;
            var y = 760.0;
            foreach (var line in body)
            {
                page.Page.AddText(line, 11, new PdfPoint(60, y), regular);
                y -= 14.5;
            }

            // The sidebar's lines are set 10.5 pt apart, its paragraphs 17 pt: less than the body's leading would call a break.
            y = 763.0;
            foreach (var paragraph in side)
            {
                foreach (var line in paragraph)
                {
                    page.Page.AddText(line, 8.5, new PdfPoint(420, y), regular);
                    y -= 10.5;
                }

                y -= 6.5;
            }
        });

        Assert.DoesNotContain(document.Blocks, b => b.Kind == BlockKind.TableRow);
        Assert.Equal(
            [string.Join(" ", body), "Ofsted Royal Exchange Buildings Manchester", "Our reference: 80214567", "Date: 5 March 2026"],
            document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void AnAddressWhoseLineOpensWithAHouseNumberIsOneParagraphNotANumberedHeading()
    {
        var document = Extract(page =>
        {
            var y = 760.0;
            foreach (var line in new[] { "Ofsted", "Clive House", "70 Petty France", "London", "SW1H 9EX" })
            {
                page.Page.AddText(line, 11, new PdfPoint(400, y), page.Regular);
                y -= 13.5;
            }

            page.Page.AddText("Dear Ms Tranter", 11, new PdfPoint(60, y - 30), page.Regular);
            page.Page.AddText("2 Scope", 14, new PdfPoint(60, y - 70), page.Bold);
            page.Page.AddText("The visit looked at children in care.", 11, new PdfPoint(60, y - 90), page.Regular);
        });

        Assert.Equal(
        [
            new Block("Ofsted Clive House 70 Petty France London SW1H 9EX", BlockKind.Paragraph, 1),
            new Block("Dear Ms Tranter", BlockKind.Paragraph, 1),
            new Block("2 Scope", BlockKind.Heading, 1, 1),
            new Block("The visit looked at children in care.", BlockKind.Paragraph, 1),
        ],
        document.Blocks);
    }

    [Fact]
    public void ContentsEntriesWithDotLeadersAreListItemsWithoutTheirLeadersNotHeadings()
    {
        var document = Extract(page =>
        {
            page.Page.AddText("Contents", 16, new PdfPoint(60, 760), page.Bold);
            var y = 730.0;
            foreach (var (entry, number) in new[] { ("1. Introduction", "3"), ("2. What inspectors told us", "3"), ("Help and protection", "4"), ("Children in care", "5") })
            {
                page.Page.AddText(entry + new string('.', 40) + number, 11, new PdfPoint(60, y), page.Regular);
                y -= 14;
            }
        });

        Assert.Equal(
        [
            new Block("Contents", BlockKind.Heading, 1, 1),
            new Block("1. Introduction 3", BlockKind.ListItem, 1),
            new Block("2. What inspectors told us 3", BlockKind.ListItem, 1),
            new Block("Help and protection 4", BlockKind.ListItem, 1),
            new Block("Children in care 5", BlockKind.ListItem, 1),
        ],
        document.Blocks);
    }

    [Fact]
    public void ATitleWrappedAfterAColonIsOneHeading()
    {
        var document = Extract(page =>
        {
            page.Page.AddText("Self-evaluation of children's services:", 17, new PdfPoint(60, 760), page.Bold);
            page.Page.AddText("summary 2025 to 2026", 17, new PdfPoint(60, 740), page.Bold);
            page.Page.AddText("This summary sets out what we know about the difference our services make.", 11, new PdfPoint(60, 710), page.Regular);
        });

        Assert.Equal(
        [
            new Block("Self-evaluation of children's services: summary 2025 to 2026", BlockKind.Heading, 1, 1),
            new Block("This summary sets out what we know about the difference our services make.", BlockKind.Paragraph, 1),
        ],
        document.Blocks.Select(b => b with { Text = b.Text.ReplaceLineEndings(" ") }));
    }

    private static ExtractedDocument Extract(Action<(PdfPageBuilder Page, PdfDocumentBuilder.AddedFont Regular, PdfDocumentBuilder.AddedFont Bold)> draw)
    {
        using var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        draw((builder.AddPage(PageSize.A4), regular, bold));
        return Extractors.Extract(builder);
    }
}

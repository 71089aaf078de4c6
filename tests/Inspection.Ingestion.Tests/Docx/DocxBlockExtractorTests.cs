using Inspection.Content.Evidence;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Formats;
using Inspection.Ingestion.Tests.TestSupport;

namespace Inspection.Ingestion.Tests.Docx;

public sealed class DocxBlockExtractorTests
{
    [Fact]
    public void WordDocumentGivesHeadingsListItemsTableRowsAndPages()
    {
        using var temp = new TempFolder();
        var path = temp.Write("self-evaluation.docx", GeneratedDocx.Create());

        var document = Extractors.Extract(path);

        Assert.Equal(FileFormat.Docx, document.Format);
        Assert.Equal("Self-evaluation 2024", document.Title);
        Assert.Equal(2, document.PageCount);
        Assert.Equal(
        [
            new Block("Children's services self-evaluation", BlockKind.Heading, 1, 1),
            new Block("Leadership and management", BlockKind.Heading, 1, 1),
            new Block("Leaders know their services well.", BlockKind.Paragraph, 1),
            new Block("Areas for development", BlockKind.Heading, 1, 2),
            new Block("Improve the timeliness of EHC plans.", BlockKind.ListItem, 1),
            new Block("Strengthen return home interviews.", BlockKind.ListItem, 1),
            new Block("Measure | 2023 | 2024", BlockKind.TableRow, 1),
            new Block("Re-referrals | 21% | 18%", BlockKind.TableRow, 1),
            new Block("Quality of practice", BlockKind.Heading, 2, 2),
            new Block("Practice is improving.", BlockKind.Paragraph, 2),
        ],
        document.Blocks);
    }

    [Fact]
    public void WordFootnotesFollowTheBodyAndTheirNumbersAreNotText()
    {
        // A panel report that LibreOffice saved as DOCX, with real Word footnotes (build/zoo).
        var document = Extractors.Extract(Zoo.LayoutZoo.DocumentPath("committee-report-word-footnotes-thornleigh-docx"));

        Assert.Equal(
            ["It was the second monitoring visit since the inspection.", "Staying Close lets young people leaving children's homes live nearby with support from staff they know."],
            document.Blocks.TakeLast(2).Select(b => b.Text));
        Assert.Contains(document.Blocks, b => b.Text == "2.3 The Staying Close scheme has helped twelve young people to move on from children's homes in the borough since it opened.");
    }

    [Fact]
    public void ALayoutTableIsReadAsTextAndATextBoxAfterItsParagraphEachParagraphApart()
    {
        // Round 11's Yarnley summary: a borderless two-cell table lays out a side column beside the text with its headings,
        // and a floating text box of priorities is anchored in the paragraph after it.
        var document = Extractors.Extract(Zoo.LayoutZoo.DocumentPath("self-evaluation-layout-table-text-box-yarnley-docx"));
        var blocks = document.Blocks.Select(b => (b.Kind, b.Text)).ToList();

        Assert.DoesNotContain(blocks, b => b.Kind == BlockKind.TableRow);
        Assert.Contains((BlockKind.Heading, "How we know how well we are doing"), blocks);
        Assert.Contains((BlockKind.Paragraph, "Last inspection: March 2023, good"), blocks);
        var host = blocks.FindIndex(b => b.Text.StartsWith("The Children's Improvement Board will review", StringComparison.Ordinal));
        Assert.True(host >= 0, "the paragraph holding the text box is missing");
        Assert.Equal(
            ["Our priorities for 2026", "Start pathway planning for every child in care at the age of fifteen.", "Offer every child who goes missing a return home conversation within three days."],
            blocks.Skip(host + 1).Take(3).Select(b => b.Text));
    }

    [Theory]
    [InlineData("OFFICIAL", "Quality assurance service", Classifications.Official)]
    [InlineData("Tenterby City Council", "OFFICIAL-SENSITIVE", Classifications.OfficialSensitive)]
    [InlineData("Thematic audit", "Official business of the panel", null)]
    public void AMarkingInTheWordHeaderOrInAZoneOfItsFooterIsTheDocuments(string header, string footerLeft, string? expected)
    {
        // Round 14's Tenterby audit: the marking is in the header part and again in the footer, a tab before "Page 1"; the
        // body never names it.
        using var temp = new TempFolder();
        var path = temp.Write("audit.docx", GeneratedDocx.WithHeaderAndFooter("Twenty-one of the children were offered an interview.", header, footerLeft, "Page 1"));

        var document = Extractors.Extract(path);

        Assert.Equal(expected, document.ProtectiveMarking);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("Page 1", StringComparison.Ordinal));
    }

    [Fact]
    public void CorruptWordFileIsRejectedAsDamaged()
    {
        using var temp = new TempFolder();
        var bytes = GeneratedDocx.Create();

        // Keep the ZIP directory readable but break the document part's compressed data.
        var name = "word/document.xml"u8.ToArray();
        var at = bytes.AsSpan().IndexOf(name);
        Assert.True(at > 0);
        for (var i = at + name.Length; i < at + name.Length + 40 && i < bytes.Length; i++)
        {
            bytes[i] ^= 0x5A;
        }

        var path = temp.Write("broken.docx", bytes);

        var error = Assert.Throws<IngestionException>(() => Extractors.Extract(path));

        Assert.StartsWith("broken.docx: the ", error.Message, StringComparison.Ordinal);
        Assert.Contains("damaged", error.Reason, StringComparison.Ordinal);
    }
}

using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Tests.TestSupport;

namespace Inspection.Ingestion.Tests.Pdf;

public sealed partial class PdfBlockExtractorTests
{
    [Theory]
    [InlineData(Corpus.LeadMember, 12)]
    [InlineData(Corpus.SendRevisit, 8)]
    [InlineData(Corpus.Thurrock, 57)]
    public void CorpusPdfsExtractWithTheirPageCountsAndPagesInOrder(string fileName, int pages)
    {
        var document = Extractors.Extract(Corpus.Real(fileName));

        Assert.Equal(pages, document.PageCount);
        Assert.True(document.HasTextLayer);
        Assert.True(document.Blocks.Count > pages * 5, $"only {document.Blocks.Count} blocks");
        Assert.All(document.Blocks, b => Assert.InRange(b.Page, 1, pages));
        Assert.Equal(document.Blocks.Select(b => b.Page).Order(), document.Blocks.Select(b => b.Page));
        Assert.Equal(pages, document.Blocks.Select(b => b.Page).Distinct().Count());
    }

    [Fact]
    public void SendRevisitNumberedSectionsAreHeadingsWithLevelsFromTheirNumbers()
    {
        var document = Extractors.Extract(Corpus.Real(Corpus.SendRevisit));
        var headings = document.Blocks.Where(b => b.Kind == BlockKind.Heading).ToList();

        Assert.Contains(headings, h => h.Text == "1. Budget and Policy Framework" && h.HeadingLevel == 1 && h.Page == 1);
        Assert.Contains(headings, h => h.Text == "4. Update on Progress towards the Improvement Actions" && h.HeadingLevel == 1);
        Assert.Contains(headings, h => h.Text == "4.3 Area 3" && h.HeadingLevel == 2 && h.Page == 4);
        Assert.Contains(headings, h => h.Text == "12. Recommendations" && h.Page == 8);
        Assert.Contains(headings, h => h.Text == "4.1 Area One" && h.HeadingLevel == 2);
        Assert.Equal(6, headings.Count(h => AreaHeading().IsMatch(h.Text)));

        // Numbered paragraphs that are sentences stay body text.
        Assert.DoesNotContain(headings, h => h.Text.StartsWith("1.3 This report", StringComparison.Ordinal));
    }

    [Fact]
    public void LeadMemberReportSectionsInABulletedListAreStillHeadings()
    {
        var document = Extractors.Extract(Corpus.Real(Corpus.LeadMember));
        var headings = document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text).ToList();

        Assert.Contains("3. Children's Partnership Commissioning (0-25)", headings);
        Assert.Contains("4. Corporate Parenting and Children in Care (including Adoption, Fostering, Supported Accommodation and Residential Care)", headings);
        Assert.Contains("7.5 Attendance", headings);
        Assert.DoesNotContain(headings, h => h.StartsWith("2.6 ", StringComparison.Ordinal) || h.StartsWith("3.9 ", StringComparison.Ordinal));
    }

    [Fact]
    public void ThurrockFocusedVisitLetterKeepsItsSubHeadingsAndImprovementPoints()
    {
        var document = Extractors.Extract(Corpus.Real(Corpus.Thurrock));
        var blocks = document.Blocks;
        var index = blocks.ToList().FindIndex(b => b.Text == "What needs to improve in this area of social work practice?");

        Assert.True(index >= 0, "heading text not found");
        Assert.Equal(BlockKind.Heading, blocks[index].Kind);
        Assert.Equal(31, blocks[index].Page);
        var points = blocks.Skip(index + 1).TakeWhile(b => b.Kind == BlockKind.ListItem).ToList();
        Assert.Equal(3, points.Count);
        Assert.StartsWith("Earlier transition planning for children in care", points[0].Text, StringComparison.Ordinal);
        Assert.Contains(blocks, b => b.Kind == BlockKind.Heading && b.Text == "Main findings");
    }

    [Theory]
    [InlineData(Corpus.LeadMember)]
    [InlineData(Corpus.SendRevisit)]
    [InlineData(Corpus.Thurrock)]
    public void NoPageNumberOrBlankPageLinesRemain(string fileName)
    {
        var document = Extractors.Extract(Corpus.Real(fileName));

        Assert.DoesNotContain(document.Blocks, b => MarkedPageNumber().IsMatch(b.Text));
        foreach (var page in document.Blocks.GroupBy(b => b.Page))
        {
            // A bare number mid-page can be a table cell ("2019"); at the top or bottom of a page it is a page number.
            Assert.DoesNotMatch(BareNumber(), page.First().Text);
            Assert.DoesNotMatch(BareNumber(), page.Last().Text);
        }

        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("intentionally left blank", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains('\n', StringComparison.Ordinal) || b.Text.Contains("  ", StringComparison.Ordinal));
    }

    [Fact]
    public void ThurrockPackLosesItsReflowedPageMarkers()
    {
        // The pack was made from text that kept the original page footers ("Page 86") as lines; they must not reach passages.
        var raw = new Inspection.Ingestion.Pdf.PdfBlockExtractor(Microsoft.Extensions.Options.Options.Create(new IngestionOptions()), new Inspection.Ingestion.Ocr.TesseractRecogniser(Microsoft.Extensions.Options.Options.Create(new Inspection.Ingestion.Ocr.OcrOptions())));
        using var stream = File.OpenRead(Corpus.Real(Corpus.Thurrock));
        var before = raw.Extract(Corpus.Thurrock, stream, CancellationToken.None);
        Assert.Contains(before.Blocks, b => b.Text == "Page 86");

        var after = Extractors.Extract(Corpus.Real(Corpus.Thurrock));
        Assert.DoesNotContain(after.Blocks, b => b.Text == "Page 86");
    }

    [Fact]
    public void SendRevisitFindingsAreListItemsWithoutBullets()
    {
        var document = Extractors.Extract(Corpus.Real(Corpus.SendRevisit));

        var item = Assert.Single(document.Blocks, b => b.Text.StartsWith("Leaders have been slow to develop the area's SEND strategy", StringComparison.Ordinal));
        Assert.Equal(BlockKind.ListItem, item.Kind);
        Assert.DoesNotContain(document.Blocks, b => b.Text.StartsWith('•'));
    }

    [Fact]
    public void ParagraphSplitByAPageBreakIsRejoinedOnItsFirstPage()
    {
        var document = Extractors.Extract(Corpus.Real(Corpus.SendRevisit));

        var merged = Assert.Single(document.Blocks, b => b.Text.StartsWith("2.3 Depending on the outcomes", StringComparison.Ordinal));
        Assert.Equal(1, merged.Page);
        Assert.Contains("A written statement will be required in the event that inspectors identify significant concerns", merged.Text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^4\.\d Area \d$")]
    private static partial Regex AreaHeading();

    [GeneratedRegex(@"^page\s+\d{1,4}(?:\s+of\s+\d+)?$|^-\s*\d+\s*-$", RegexOptions.IgnoreCase)]
    private static partial Regex MarkedPageNumber();

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex BareNumber();
}

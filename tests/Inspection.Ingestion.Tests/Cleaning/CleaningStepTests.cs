using Inspection.Ingestion.Cleaning;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Tests.Cleaning;

public sealed class CleaningStepTests
{
    [Fact]
    public void RunningHeadersAndFootersRepeatedOnManyPagesAreRemoved()
    {
        string[] topics = ["adoption", "fostering", "care leavers", "early help", "exclusions", "attendance", "SEND", "EHCPs", "transport", "finance"];
        var blocks = new List<Block>();
        for (var page = 1; page <= 10; page++)
        {
            blocks.Add(new Block("Medway Council – Cabinet 7 April 2020", BlockKind.Paragraph, page));
            blocks.Add(new Block($"Body text about {topics[page - 1]}.", BlockKind.Paragraph, page));
            blocks.Add(new Block($"Page {page} of 10", BlockKind.Paragraph, page));
            blocks.Add(new Block($"Ref CYP/{page:D2}", BlockKind.Paragraph, page));
        }

        var cleaned = Pipeline().Clean(new ExtractedDocument("x.pdf", Inspection.Ingestion.Formats.FileFormat.Pdf, 10, blocks, null), CancellationToken.None);

        Assert.Equal(10, cleaned.Blocks.Count);
        Assert.All(cleaned.Blocks, b => Assert.StartsWith("Body text about ", b.Text, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, 10), cleaned.Blocks.Select(b => b.Page));
    }

    [Fact]
    public void AFooterSetInCellsAtTheFootOfEveryPageIsRemovedButARepeatedHeaderRowIsKept()
    {
        // Slides exported to PDF: the master page's footer text, date and slide number come out as one row of cells.
        string[] titles = ["The inspection at a glance", "The judgements", "What we do well", "What needs to improve", "Our response"];
        var blocks = new List<Block>();
        for (var page = 1; page <= 5; page++)
        {
            blocks.Add(new Block(titles[page - 1], BlockKind.Heading, page, 1));
            blocks.Add(new Block("Action | Lead | Due | RAG", BlockKind.TableRow, page));
            blocks.Add(new Block($"Action number {page} | Director | Mar 2026 | Green", BlockKind.TableRow, page));
            blocks.Add(new Block($"Scrutiny Committee · Inspection update | 21 January 2026 | Slide {page}", BlockKind.TableRow, page));
        }

        var cleaned = new RunningHeaderFooterRemover().Clean(blocks, 5);

        Assert.DoesNotContain(cleaned, b => b.Text.StartsWith("Scrutiny Committee", StringComparison.Ordinal));
        Assert.Equal(5, cleaned.Count(b => b.Text == "Action | Lead | Due | RAG"));
        Assert.Equal(15, cleaned.Count);
    }

    [Fact]
    public void TheRunningHeaderOfPagesPrintedTwoToASheetIsRemovedWhereverItStands()
    {
        // Four A5 pages on two landscape sheets: each half opens with the header and closes with its folio.
        const string Header = "Kelderby Council | Self-evaluation summary 2025 to 2026";
        Block[] blocks =
        [
            new(Header, BlockKind.Paragraph, 1), new("Self-evaluation summary", BlockKind.Heading, 1, 1),
            new("This summary sets out what we know.", BlockKind.Paragraph, 1), new("1", BlockKind.Paragraph, 1),
            new(Header, BlockKind.Paragraph, 1), new("Where we started", BlockKind.Heading, 1, 2),
            new("Our services were judged to require improvement to be good.", BlockKind.Paragraph, 1),
            new(Header, BlockKind.Paragraph, 2), new("Children in care", BlockKind.Heading, 2, 2),
            new("Fewer children are moving home.", BlockKind.Paragraph, 2), new("3", BlockKind.Paragraph, 2),
            new(Header, BlockKind.Paragraph, 2), new("Our priorities for 2026", BlockKind.Heading, 2, 2),
            new("The improvement board will look at the measures every quarter.", BlockKind.Paragraph, 2),
        ];

        var cleaned = new SheetRunningHeaderRemover().Clean(blocks, 2);

        Assert.DoesNotContain(cleaned, b => b.Text == Header || b.Text is "1" or "3");
        Assert.Equal(8, cleaned.Count);
    }

    [Fact]
    public void ALineAtTheTopOfEverySheetOnlyOnceIsLeftToTheRunningHeaderRule()
    {
        // A two-page letter whose pages each open with the same short line: too few pages to call it a running header.
        Block[] blocks =
        [
            new("Children's services", BlockKind.Paragraph, 1), new("This letter summarises the visit.", BlockKind.Paragraph, 1),
            new("Children's services", BlockKind.Paragraph, 2), new("Yours sincerely", BlockKind.Paragraph, 2),
        ];

        Assert.Equal(4, new SheetRunningHeaderRemover().Clean(blocks, 2).Count);
    }

    [Theory]
    [InlineData("FROM: HARWICK CHILORENS Svcs 018a2 deoa1e ‘24/02/2026 99:12 . RAGE 1/2")]
    [InlineData("24-FEB-2026 09:12 FROM CHILDRENS SERVICES TO 01632960418 P.01/03")]
    [InlineData("24/02/26 09:12 Harwick Council 01632 960418 page 2/3")]
    public void AFaxMachinesStampLineAtThePageEdgeIsRemoved(string stamp)
    {
        Block[] blocks = [new(stamp, BlockKind.Paragraph, 1), new("Dear Priya", BlockKind.Paragraph, 1),
            new("This letter summarises the findings of the focused visit.", BlockKind.Paragraph, 1), new("Yours sincerely", BlockKind.Paragraph, 1)];

        var cleaned = new FaxHeaderRemover().Clean(blocks, 1);

        Assert.Equal(["Dear Priya", "This letter summarises the findings of the focused visit.", "Yours sincerely"], cleaned.Select(b => b.Text));
    }

    [Theory]
    [InlineData("The panel met on 24/02/2026 at 09:12 and agreed items 1/2")]
    [InlineData("Agreed 24/02/2026, see minute 3/4")]
    [InlineData("FROM: HARWICK CHILDRENS SVCS 24/02/2026 09:12 PAGE 3/2")]
    public void ALineLikeAFaxStampThatIsProseLacksATimeOrCountsWrongIsKept(string line)
    {
        Block[] blocks = [new(line, BlockKind.Paragraph, 1), new("Body.", BlockKind.Paragraph, 1), new("More body.", BlockKind.Paragraph, 1)];

        Assert.Equal(3, new FaxHeaderRemover().Clean(blocks, 1).Count);
    }

    [Fact]
    public void AnEmailsConfidentialityNoticeAndCautionBannerAreRemovedButTextAboutConfidentialityIsKept()
    {
        Block[] blocks =
        [
            new("CAUTION: | This email was sent from inside Tollbridge Borough Council. Do not forward personal data outside the council without checking the recipient.", BlockKind.TableRow, 1),
            new("Thanks Mina, this is really helpful.", BlockKind.Paragraph, 1),
            new("The panel agreed that the audit's findings are confidential until the board has seen them.", BlockKind.Paragraph, 1),
            new("Social workers now send each family an email message after every visit.", BlockKind.Paragraph, 1),
            new("This email and any files sent with it are confidential and intended only for the people it is addressed to. If you have received it in error, please tell the sender.", BlockKind.Paragraph, 1),
        ];

        var cleaned = new EmailNoticeRemover().Clean(blocks, 1);

        Assert.Equal([blocks[1], blocks[2], blocks[3]], cleaned);
    }

    [Fact]
    public void TextRepeatedOnTooFewPagesIsKept()
    {
        var blocks = Enumerable.Range(1, 12)
            .SelectMany(p => new[] { new Block(p <= 3 ? "Key findings" : $"Heading {p}", BlockKind.Heading, p, 2), new Block("Body.", BlockKind.Paragraph, p) })
            .ToList();

        var cleaned = new RunningHeaderFooterRemover().Clean(blocks, 12);

        // 3 of 12 pages is under 30%.
        Assert.Equal(3, cleaned.Count(b => b.Text == "Key findings"));
    }

    [Theory]
    [InlineData("86")]
    [InlineData("Page 86")]
    [InlineData("- 12 -")]
    [InlineData("Page 3 of 12")]
    [InlineData("page 3 / 12")]
    public void PageNumberLinesAtPageEdgesAreRemoved(string line)
    {
        Block[] blocks = [new("Opening paragraph.", BlockKind.Paragraph, 1), new("Second paragraph.", BlockKind.Paragraph, 1),
            new("Third paragraph.", BlockKind.Paragraph, 1), new(line, BlockKind.Paragraph, 1)];

        Assert.Equal(3, new PageNumberRemover().Clean(blocks, 1).Count);
    }

    [Fact]
    public void BareNumbersMidPageAndCivicWordsAreKept()
    {
        Block[] blocks = [new("Top.", BlockKind.Paragraph, 1), new("Next.", BlockKind.Paragraph, 1), new("2019", BlockKind.Paragraph, 1),
            new("More.", BlockKind.Paragraph, 1), new("Last.", BlockKind.Paragraph, 1), new("CIVIC", BlockKind.Paragraph, 1)];

        Assert.Equal(6, new PageNumberRemover().Clean(blocks, 1).Count);
    }

    [Theory]
    [InlineData("This page is intentionally left blank")]
    [InlineData("[This page has been intentionally left blank.]")]
    [InlineData("PAGE INTENTIONALLY BLANK")]
    public void BlankPageNoticesAreRemoved(string notice) =>
        Assert.Empty(new BlankPageNoticeRemover().Clean([new Block(notice, BlockKind.Paragraph, 4)], 4));

    [Theory]
    [InlineData("steady im-\nprovement", "steady improvement")]
    [InlineData("their well-\nbeing", "their well-being")]
    [InlineData("a long-\nterm plan", "a long-term plan")]
    [InlineData("Medway-\nBased", "Medway- Based")]
    [InlineData("ages 0-\n25", "ages 0- 25")]
    [InlineData("multi-agency work", "multi-agency work")]
    public void HyphenatedLineBreaksJoinOnlyBetweenLowerCaseHalves(string text, string expected)
    {
        var blocks = new WhitespaceCollapser().Clean(new HyphenationJoiner().Clean([new Block(text, BlockKind.Paragraph, 1)], 1), 1);

        Assert.Equal(expected, Assert.Single(blocks).Text);
    }

    [Fact]
    public void TheDocumentsOwnSpellingDecidesWhetherABrokenWordKeepsItsHyphen()
    {
        Block[] blocks =
        [
            new("Risk of extra-\nfamilial harm and an extra-\nordinary meeting.", BlockKind.Paragraph, 1),
            new("Extra-familial harm is a priority; it was an extraordinary year.", BlockKind.Paragraph, 2),
        ];

        var joined = new HyphenationJoiner().Clean(blocks, 2);

        Assert.Equal("Risk of extra-familial harm and an extraordinary meeting.", joined[0].Text);
    }

    [Fact]
    public void LigaturesOddSpacesAndSoftHyphensAreNormalisedAndCurlyQuotesKept()
    {
        var block = new Block("\uFB01nal e\uFB00ect \uFB02ow o\uFB03ce ba\uFB04e\u00a0a\u2009b im\u00ADportant \u201cquoted\u201d it\u2019s", BlockKind.Paragraph, 2);

        var cleaned = Assert.Single(new CharacterNormaliser().Clean([block], 2));

        Assert.Equal("final effect flow office baffle a b important \u201cquoted\u201d it\u2019s", cleaned.Text);
        Assert.Equal(2, cleaned.Page);
    }

    [Fact]
    public void ParagraphContinuingAcrossAPageBreakIsMergedOnItsFirstPage()
    {
        Block[] blocks =
        [
            new("The local area has made", BlockKind.Paragraph, 3),
            new("sufficient progress.", BlockKind.Paragraph, 4),
            new("A new sentence.", BlockKind.Paragraph, 4),
            new("Ends with a stop.", BlockKind.Paragraph, 4),
            new("lower case on the next page", BlockKind.Paragraph, 5),
            new("Support for well-", BlockKind.Paragraph, 5),
            new("being services.", BlockKind.Paragraph, 6),
        ];

        var merged = new PageBreakParagraphMerger().Clean(blocks, 6);

        Assert.Equal(
        [
            new Block("The local area has made sufficient progress.", BlockKind.Paragraph, 3),
            new Block("A new sentence.", BlockKind.Paragraph, 4),
            new Block("Ends with a stop.", BlockKind.Paragraph, 4),
            new Block("lower case on the next page", BlockKind.Paragraph, 5),
            new Block("Support for well-being services.", BlockKind.Paragraph, 5),
        ],
        merged);
    }

    private static BlockCleaningPipeline Pipeline() => new(BlockCleaningPipeline.DefaultCleaners());
}

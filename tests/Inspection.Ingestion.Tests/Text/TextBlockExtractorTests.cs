using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Formats;
using Inspection.Ingestion.Tests.TestSupport;

namespace Inspection.Ingestion.Tests.Text;

public sealed class TextBlockExtractorTests
{
    [Fact]
    public void MarkdownGivesHeadingsListsAndTableRows()
    {
        const string Markdown = """
            # Action plan

            Progress since the last visit has been
            steady across all teams.

            ## Actions
            - Recruit two
              social workers
            * Audit 20 cases
            1. Report to the board

            | Action | Owner |
            |--------|-------|
            | Audit  | QA lead |
            """;

        var document = Extract("plan.md", Markdown);

        Assert.Equal(FileFormat.Markdown, document.Format);
        Assert.Equal("Action plan", document.Title);
        Assert.Equal(
        [
            new Block("Action plan", BlockKind.Heading, 1, 1),
            new Block("Progress since the last visit has been steady across all teams.", BlockKind.Paragraph, 1),
            new Block("Actions", BlockKind.Heading, 1, 2),
            new Block("Recruit two social workers", BlockKind.ListItem, 1),
            new Block("Audit 20 cases", BlockKind.ListItem, 1),
            new Block("1. Report to the board", BlockKind.ListItem, 1),
            new Block("Action | Owner", BlockKind.TableRow, 1),
            new Block("Audit | QA lead", BlockKind.TableRow, 1),
        ],
        document.Blocks);
    }

    [Fact]
    public void MarkdownEmphasisCodeAndLinksAreReadAsTheirWords()
    {
        const string Markdown = """
            ## What **RHIs** show

            Interviews are offered within **72 hours** to _most_ children; see [the audit](audit-2026.pdf) and `RHI-01`.
            - __Take-up__: 74% (*up from 61%*)

            The file_name_with_underscores, 5 * 3 = 15 and an unclosed **mark stay as written.
            """;

        var document = Extract("impact.md", Markdown);

        Assert.Equal(
        [
            "What RHIs show",
            "Interviews are offered within 72 hours to most children; see the audit and RHI-01.",
            "Take-up: 74% (up from 61%)",
            "The file_name_with_underscores, 5 * 3 = 15 and an unclosed **mark stay as written.",
        ],
            document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void PlainTextKeepsAsterisksAndUnderscores()
    {
        var document = Extract("notes.txt", "Scores rose from *3* to **4**; see my_notes.\n");

        Assert.Equal(["Scores rose from *3* to **4**; see my_notes."], document.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void PlainTextSplitsParagraphsOnBlankLinesAndJoinsBrokenWords()
    {
        var document = Extract("notes.txt", "Casework shows steady im-\nprovement in well-\nbeing.\n\n\nSecond paragraph\u00a0here.\n");

        Assert.Equal(FileFormat.Text, document.Format);
        Assert.Equal(["Casework shows steady improvement in well-being.", "Second paragraph here."], document.Blocks.Select(b => b.Text));
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public void Windows1252TextIsReadWithItsQuotesAndPoundSigns()
    {
        using var temp = new TempFolder();
        byte[] bytes = [.. "Budget "u8, 0xA3, .. "10m for "u8, 0x93, .. "Brighter Futures"u8, 0x94, .. " caf"u8, 0xE9, (byte)'.'];

        var document = Extractors.Extract(temp.Write("budget.txt", bytes));

        Assert.Equal(FileFormat.Text, document.Format);
        Assert.Equal("Budget £10m for “Brighter Futures” café.", Assert.Single(document.Blocks).Text);
    }

    private static ExtractedDocument Extract(string name, string text)
    {
        using var temp = new TempFolder();
        return Extractors.Extract(temp.Write(name, text));
    }
}

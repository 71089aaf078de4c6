using System.Globalization;
using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Segmentation;
using Inspection.Ingestion.Tests.Enrichment;
using Microsoft.Extensions.Options;

namespace Inspection.Ingestion.Tests.Segmentation;

public sealed class PassageSegmenterTests
{
    private static PassageSegmenter Segmenter(int minWords = 50, int maxWords = 300) =>
        new(Options.Create(new PassageSegmenterOptions { MinWords = minWords, MaxWords = maxWords }));

    [Fact]
    public void ATableRowLongerThanAPassageIsCutBetweenItsCellsAndSentences()
    {
        var progress = string.Join(' ', Enumerable.Range(1, 8).Select(i => string.Create(CultureInfo.InvariantCulture, $"Update {i} says the team met and agreed the next steps.")));
        var document = Blocks.Document(
            "# Actions",
            "A short note on the plan.",
            "| 1.1 | Audit twenty contacts a month. | Principal social worker | 31/08/2025 | Green | " + progress);

        var passages = Segmenter(minWords: 30, maxWords: 60).Segment(document.Blocks);

        Assert.All(passages, p => Assert.InRange(BlockText.WordCount(p.Text), 1, 60));
        Assert.Contains(passages, p => p.Text.Contains("1.1 | Audit twenty contacts a month. | Principal social worker | 31/08/2025 | Green", StringComparison.Ordinal));
        Assert.All(passages.Where(p => p.Text.Contains("Update", StringComparison.Ordinal)), p => Assert.EndsWith("next steps.", p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void AbbreviationsAndDecimalNumbersDoNotEndASentence()
    {
        var sentences = Enumerable.Range(1, 12).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"Sentence {i} cites e.g. the MASH, i.e. the front door, No. 4 of the plan, Dr. Patel and Mr. Jones at p. 12 of section 4.7 of the plan."));
        var document = Blocks.Document("# 4. Progress", string.Join(' ', sentences));

        var passages = Segmenter(minWords: 10, maxWords: 60).Segment(document.Blocks);

        Assert.True(passages.Count > 2);
        Assert.All(passages, p =>
        {
            Assert.StartsWith("Sentence ", p.Text, StringComparison.Ordinal);
            Assert.EndsWith("of the plan.", p.Text, StringComparison.Ordinal);
            Assert.InRange(BlockText.WordCount(p.Text), 10, 60);
        });
    }

    [Fact]
    public void HeadingPathFollowsNumberingDepthAndExtractorLevels()
    {
        var document = Blocks.Document(
            "# 4. Update on Progress",
            "The board met monthly to review the plan.",
            "## 4.7 Area 7",
            "The quality of plans has improved.",
            "## Key Findings",
            "Plans now record children's views.",
            "## 4.8 Area 8",
            "Co-production has improved.",
            "# 5. Next Steps",
            "An accelerated progress plan follows.");

        var paths = Segmenter(minWords: 3).Segment(document.Blocks).Select(p => p.HeadingPath).ToList();

        Assert.Equal(
            [
                "4. Update on Progress",
                "4. Update on Progress > 4.7 Area 7",
                "4. Update on Progress > 4.7 Area 7 > Key Findings",
                "4. Update on Progress > 4.8 Area 8",
                "5. Next Steps",
            ],
            paths);
    }

    [Fact]
    public void ShortSectionIsCarriedIntoItsFirstSubsectionButNotIntoASibling()
    {
        var document = Blocks.Document(
            "# 4.7 Area 7",
            "The quality of plans.",
            "## Key Findings",
            "Plans now record children's views.",
            "# 4.8 Area 8",
            "Co-production.",
            "# 4.9 Area 9",
            "Joint commissioning.");

        var passages = Segmenter().Segment(document.Blocks);

        Assert.Equal(
            [("4.7 Area 7", "The quality of plans.\n\nKey Findings\n\nPlans now record children's views."), ("4.8 Area 8", "Co-production."), ("4.9 Area 9", "Joint commissioning.")],
            passages.Select(p => (p.HeadingPath, p.Text)));
    }

    [Fact]
    public void ListItemsAreJoinedWithLineBreaksAndTableRowsStayTogether()
    {
        var document = Blocks.Document(
            "# Actions",
            "The plan has three actions:",
            "- Review thresholds.",
            "- Audit repeat contacts.",
            "- Recruit managers.",
            "| Action | Owner | RAG",
            "| Review thresholds | Head of MASH | Green",
            "| Audit repeat contacts | QA manager | Amber");

        var passage = Assert.Single(Segmenter().Segment(document.Blocks));

        Assert.Contains("The plan has three actions:\n\nReview thresholds.\nAudit repeat contacts.\nRecruit managers.", passage.Text, StringComparison.Ordinal);
        Assert.EndsWith("Action | Owner | RAG\nReview thresholds | Head of MASH | Green\nAudit repeat contacts | QA manager | Amber", passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TableIsNotSplitWhenItFitsInOnePassage()
    {
        var prose = string.Join(' ', Enumerable.Repeat("Leaders reviewed the plan with partners each month.", 19));
        var rows = Enumerable.Range(1, 20).Select(i => string.Create(CultureInfo.InvariantCulture, $"| Action {i} | Owner {i} | due in March | Green"));
        var document = Blocks.Document([.. new[] { "# Plan", prose }, .. rows]);

        var passages = Segmenter().Segment(document.Blocks);

        // 152 words of prose and a 220-word table: the cut falls before the table, not inside it.
        Assert.Equal(2, passages.Count);
        Assert.StartsWith("Action 1 |", passages[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("Action 20 | Owner 20 | due in March | Green", passages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TinyFragmentsUnderOneHeadingMergeButHeadingsKeepThemApart()
    {
        var document = Blocks.Document(
            "# Early help",
            "Early help assessments are timely.",
            "Most families are seen quickly.",
            "Step-down from social care works well.",
            "# Fostering",
            "Recruitment of foster carers remains hard.");

        var passages = Segmenter().Segment(document.Blocks);

        Assert.Equal(2, passages.Count);
        Assert.Equal("Early help assessments are timely.\n\nMost families are seen quickly.\n\nStep-down from social care works well.", passages[0].Text);
        Assert.Equal("Fostering", passages[1].HeadingPath);
    }

    [Fact]
    public void LongSectionIsCutIntoBalancedPassagesOfWholeSentences()
    {
        var sentences = Enumerable.Range(1, 70).Select(i => string.Create(CultureInfo.InvariantCulture, $"Point {i} says the service improved its work with families."));
        var document = Blocks.Document("# Summary", string.Join(' ', sentences));

        var passages = Segmenter().Segment(document.Blocks);

        Assert.Equal(3, passages.Count);
        Assert.All(passages, p => Assert.InRange(BlockText.WordCount(p.Text), 200, 300));
        Assert.Equal(string.Join(' ', sentences), string.Join(' ', passages.Select(p => p.Text)));
    }

    [Fact]
    public void ParagraphBrokenByAPageTurnIsJoinedAndSpansBothPages()
    {
        var document = Blocks.Document(
            "# Outcome",
            "Inspectors found that the local",
            "---",
            "area has improved its plans.");

        var passage = Assert.Single(Segmenter().Segment(document.Blocks));

        Assert.Equal("Inspectors found that the local area has improved its plans.", passage.Text);
        Assert.Equal((1, 2), (passage.PageFrom, passage.PageTo));
    }

    [Fact]
    public void DraftBecomesAPassageWithTheIdsTheCallerGives()
    {
        var draft = Assert.Single(Segmenter().Segment(Blocks.Document("# A", "Some text here.").Blocks));

        var passage = draft.ToPassage("p1", "item1", "version1");

        Assert.Equal(("p1", "item1", "version1", 0, "A", "Some text here."), (passage.PassageId, passage.ContentItemId, passage.ContentItemVersionId, passage.Ordinal, passage.HeadingPath, passage.Text));
    }
}

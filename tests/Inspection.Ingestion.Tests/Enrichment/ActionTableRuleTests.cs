using System.Text.Json.Nodes;
using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Pipeline;
using Inspection.Ingestion.Tests.Zoo;

namespace Inspection.Ingestion.Tests.Enrichment;

public sealed class ActionTableRuleTests
{
    private readonly DocumentEnricher _enricher = new();

    [Fact]
    public void RowsUnderARecognisedHeaderBecomeActionsWithOwnerDateAndRag()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Written statement of action: progress",
            "| Ref | Action | Owner | Due date | RAG | Progress",
            "| 1.1 | Appoint two more caseworkers. | Head of SEND | 31/12/2024 | Green | Both are in post.",
            "| 1.2 | Audit every new plan. | Quality lead | March 2025 | amber | Half done."));

        Assert.Collection(
            metadata.Actions,
            a => Assert.Equal(new ActionRow("1.1", "Appoint two more caseworkers.", "Head of SEND", new DateOnly(2024, 12, 31), "Green", "Both are in post.", 1), a),
            a => Assert.Equal(new ActionRow("1.2", "Audit every new plan.", "Quality lead", new DateOnly(2025, 3, 31), "Amber", "Half done.", 1), a));
    }

    [Fact]
    public void HeaderIsKnownByWhatItSaysInAnyOrderAndWording()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "| Responsible officer | What we will do | RAG rating | By when | Progress update",
            "| Service manager | Publish the local offer again. | Complete | Sept 2024 | Published in August."));

        var row = Assert.Single(metadata.Actions);
        Assert.Equal("Publish the local offer again.", row.Action);
        Assert.Equal("Service manager", row.Owner);
        Assert.Equal("Blue", row.Rag);
        Assert.Equal(new DateOnly(2024, 9, 30), row.DueDate);
        Assert.Null(row.Reference);
    }

    [Fact]
    public void TableContinuesAcrossAPageWhoseHeaderIsRepeated()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "| Action | Lead | Deadline | RAG",
            "| First action. | A | 1 May 2025 | R",
            "---",
            "| Action | Lead | Deadline | RAG",
            "| Second action. | B | 2 June 2025 | G"));

        Assert.Equal(["First action.", "Second action."], metadata.Actions.Select(a => a.Action));
        Assert.Equal([1, 2], metadata.Actions.Select(a => a.Page));
        Assert.Equal(["Red", "Green"], metadata.Actions.Select(a => a.Rag));
    }

    [Fact]
    public void ARowBrokenAcrossAPageDoesNotEndTheTableUnderItsRepeatedHeader()
    {
        // The page broke the first row inside its update: on the next page, under the repeated header, only that cell runs on.
        var metadata = _enricher.Enrich(Blocks.Document(
            "| No. | Action | Lead | Target | RAG | Update",
            "| 2.3 | Match children with carers told their history. | Fostering manager | 31 Jul 2026 | A | The panel now sees a summary before any planned move. The panel chair will",
            "---",
            "| No. | Action | Lead | Target | RAG | Update",
            "report on the test to the board in April, and the profile will be used for every emergency move if it works.",
            "| 2.4 | Plan where every young person will live after eighteen. | Head of children in care | 30 Sep 2026 | R | Forty-one of sixty-five have a plan.",
            "The board will next review this plan in March, when the director will report on the actions that are off track."));

        Assert.Equal(["2.3", "2.4"], metadata.Actions.Select(a => a.Reference));
        Assert.Equal([1, 2], metadata.Actions.Select(a => a.Page));
    }

    [Fact]
    public void TablesWithoutAnActionHeaderOrRowsOfAnotherShapeGiveNoActions()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "| Measure | Target | Actual",
            "| Plans issued in 20 weeks | 60% | 41%",
            "Some prose that is long enough to end any table that came before it in the document.",
            "| Action | Owner | Due date",
            "| Just two cells | here"));

        Assert.Empty(metadata.Actions);
    }

    [Fact]
    public void ProseBetweenTablesEndsTheTable()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "| Action | Owner | Due date",
            "| Train the team. | Lead | 1 May 2025",
            "The next section is about something else entirely and is written as a paragraph of several words.",
            "| Figures | for | 2024"));

        Assert.Single(metadata.Actions);
    }

    [Fact]
    public void ActionRowsAreKeptInTheItemAsActionItemsInOrchardFieldShapes()
    {
        var document = Blocks.Document(
            "| Ref | Action | Owner | Due date | RAG",
            "| 2.1 | Commission more therapy. | ICB manager | 30/11/2024 | Green");
        var metadata = _enricher.Enrich(document);

        var item = EvidenceItemBuilder.Build(document, metadata, "hash", new IngestSettings("tester"));

        var row = Assert.Single(item.Content[ActionRowsPart.PartName]!["ContentItems"]!.AsArray())!.AsObject();
        Assert.Equal("Action", row["ContentType"]!.GetValue<string>());
        Assert.Equal("Commission more therapy.", row["TitlePart"]!["Title"]!.GetValue<string>());
        Assert.Equal("ICB manager", row["Action"]!["Owner"]!["Text"]!.GetValue<string>());
        Assert.Equal("2024-11-30T00:00:00Z", row["Action"]!["DueDate"]!["Value"]!.GetValue<string>());
        Assert.Equal("Green", row["Action"]!["RagRating"]!["Text"]!.GetValue<string>());
        Assert.Equal(metadata.Actions, ActionRowsPart.Read(item.Content));
    }

    [Fact]
    public void ItemWithoutActionTablesHasNoActionRowsPart()
    {
        var document = Blocks.Document("# A report", "Nothing to act on here.");

        var item = EvidenceItemBuilder.Build(document, _enricher.Enrich(document), "hash", new IngestSettings("tester"));

        Assert.Null(item.Content[ActionRowsPart.PartName]);
    }

    [Fact]
    public void ATimelineOfMonthsUnderAPlanIsNotReadAsActions()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "| Actions | Action completed by | Responsible officer | Outcomes and measures",
            "| B1: Build a performance dashboard with parent carers. | March 2020 | SLSP | A framework governing bodies can use.",
            "| Oct 2019 | Jan 2020 | April 2020 | July 2020",
            "| Oct 2020 | Jan 2021 | April 2021 | July 2021"));

        Assert.Equal(["B1: Build a performance dashboard with parent carers."], metadata.Actions.Select(a => a.Action));
    }

    [Theory]
    [InlineData("wsoa-rag-landscape")]
    [InlineData("action-plan-ruled-narrow-lo")]
    public void TunedZooRagTableGivesEveryRowWithItsColumns(string name)
    {
        var result = ZooIngestion.Of(name);
        var expected = LayoutZoo.Expectation(name).Actions!;

        Assert.Equal(expected.Count, result.Metadata.Actions.Count);
        foreach (var (want, got) in expected.Zip(result.Metadata.Actions))
        {
            Assert.Equal(ZooScorer.Normalise(want.Action), ZooScorer.Normalise(got.Action));
            Assert.Equal((want.Ref, ZooScorer.Normalise(want.Owner), want.Due, want.Rag), (got.Reference, ZooScorer.Normalise(got.Owner), got.DueDate, got.Rag));
            Assert.NotNull(got.Progress);
        }
    }
}

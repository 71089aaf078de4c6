using Inspection.Content.Evidence;
using Inspection.Ingestion.Enrichment;

namespace Inspection.Ingestion.Tests.Enrichment;

/// <summary>Findings a document reports rather than states: a written statement of action's areas of concern, and inspectors quoted.</summary>
public sealed class ReportedFindingsTests
{
    private readonly DocumentEnricher _enricher = new();

    [Fact]
    public void NumberedAreasOfConcernAreFindingsOnceEachWithTheSendInspection()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Written statement of action",
            "The local area SEND inspection took place between 4 and 8 March 2019.",
            "- Area of Concern 1: Records are incomplete, so leaders do not know where some children are.",
            "- Area of Concern 2: Quality assurance is not rigorous enough across the services.",
            "---",
            "Area of concern 1: Records are incomplete, so leaders do not know where some children are.",
            "| Action | Owner | Due date"));

        var concerns = metadata.Findings.Where(f => f.Kind == FindingKinds.AreaOfConcern).ToList();
        Assert.Equal(
            ["Records are incomplete, so leaders do not know where some children are.", "Quality assurance is not rigorous enough across the services."],
            concerns.Select(f => f.Text));
        Assert.All(concerns, f => Assert.Equal((VisitKinds.AreaSendInspection, (DateOnly?)new DateOnly(2019, 3, 4)), (f.VisitKind, f.VisitDate)));
    }

    [Fact]
    public void AreasOfConcernListedAfterTheirIntroductionAreFindingsEvenWhenRunTogether()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "The statement addresses the following areas of concern:",
            "the quality of plans; the waits for therapy assessments; the involvement of parents in decisions.",
            "## Action plan"));

        Assert.Equal(
            ["the quality of plans", "the waits for therapy assessments", "the involvement of parents in decisions."],
            metadata.Findings.Where(f => f.Kind == FindingKinds.AreaOfConcern).Select(f => f.Text));
    }

    [Fact]
    public void UndatedSignificantWeaknessesStillBelongToAnAreaSendInspection()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "The joint inspection identified four areas of significant weakness, which the plan addresses:",
            "- Area 1: the timeliness of education, health and care plans.",
            "- Area 2: the lack of co-production with parents and carers."));

        var weaknesses = metadata.Findings.Where(f => f.Kind == FindingKinds.SignificantWeakness).ToList();
        Assert.Equal(["the timeliness of education, health and care plans.", "the lack of co-production with parents and carers."], weaknesses.Select(f => f.Text));
        Assert.All(weaknesses, f => Assert.Equal((VisitKinds.AreaSendInspection, (DateOnly?)null), (f.VisitKind, f.VisitDate)));
    }

    [Theory]
    [InlineData("Inspectors noted that children in care now see the same social worker for longer than before.")]
    [InlineData("Ofsted found that managers do not always record why a child's plan changes.")]
    [InlineData("Inspectors also said that the response to homeless 17-year-olds is still too slow.")]
    [InlineData("In their letter, inspectors highlighted that return home interviews are rarely offered in time.")]
    public void SentencesOpeningWithWhatInspectorsFoundAreQuotedFindingsOfTheVisitNamedBefore(string sentence)
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Report to the scrutiny committee",
            "The monitoring visit took place on 13 and 14 May 2025.",
            "## What inspectors found",
            "The committee is asked to note the letter. " + sentence + " Officers will report again."));

        var quoted = Assert.Single(metadata.Findings, f => f.Kind == FindingKinds.QuotedFinding);
        Assert.Equal(sentence, quoted.Text);
        Assert.Equal((VisitKinds.MonitoringVisit, (DateOnly?)new DateOnly(2025, 5, 13)), (quoted.VisitKind, quoted.VisitDate));
    }

    [Theory]
    [InlineData("The letter also said that too many care leavers do not have a pathway plan that reflects their own wishes.")]
    [InlineData("The letter recorded that some families are stepped down to early help without being told why.")]
    public void TheLetterSayingInThePastTenseQuotesTheInspectorsNamedJustBefore(string sentence)
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Report to the corporate parenting panel",
            "Inspectors found that children in care now see the same social worker for longer than before.",
            sentence));

        Assert.Contains(metadata.Findings, f => f.Kind == FindingKinds.QuotedFinding && f.Text == sentence);
    }

    [Fact]
    public void TheLetterAFewParagraphsOnIsStillTheInspectorsWhateverHeadingsStandBetween()
    {
        var sentence = "The letter records that some families are stepped down to early help without being told why.";
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Report to the scrutiny committee",
            "## What went well",
            "Inspectors found that decisions about contacts are made quickly and that thresholds are understood by partners.",
            "They also said that children who need protection are seen the same day.",
            "“Social workers know the children they work with and speak about them with warmth.”",
            "## What needs to improve",
            sentence));

        Assert.Contains(metadata.Findings, f => f.Kind == FindingKinds.QuotedFinding && f.Text == sentence);
    }

    [Fact]
    public void AReportQuotingInspectorsUnderTheLettersOwnHeadingQuotesThem()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Report to the scrutiny committee",
            "The focused visit took place on 13 and 14 January 2026.",
            "## What needs to improve",
            "Inspectors noted that the out-of-hours team does not always see the day team's notes before it visits a family."));

        var finding = Assert.Single(metadata.Findings);
        Assert.Equal(FindingKinds.QuotedFinding, finding.Kind);
    }

    [Fact]
    public void ItemsOfAListInspectorsAreSaidToHaveNotedAreQuotedFindingsUpToTheNextNumberedParagraph()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "- 2.5 Ofsted carried out their second monitoring visit in September 2021.",
            "- 2.6 The inspectors noted the following improvements:",
            "- Some signs of progress in help and protection, but still some way to go on chronic neglect.",
            "- Social workers know their children well.",
            "- 2.7 The third monitoring visit took place on 25 and 26 January 2022."));

        var quoted = metadata.Findings.Where(f => f.Kind == FindingKinds.QuotedFinding).ToList();
        Assert.Equal(
            ["Some signs of progress in help and protection, but still some way to go on chronic neglect.", "Social workers know their children well."],
            quoted.Select(f => f.Text));
        Assert.All(quoted, f => Assert.Equal((VisitKinds.MonitoringVisit, (DateOnly?)new DateOnly(2021, 9, 1)), (f.VisitKind, f.VisitDate)));
    }

    [Theory]
    [InlineData("Inspectors will visit again in the spring.")]
    [InlineData("Ofsted found it.")]
    [InlineData("The council found that inspectors were well prepared for the visit to the team.")]
    [InlineData("Ofsted and the CQC identified eight areas of serious weakness and the council wrote a statement of action.")]
    public void SentencesThatDoNotReportWhatInspectorsFoundAreNotQuotedFindings(string sentence)
    {
        var metadata = _enricher.Enrich(Blocks.Document("# Report to the committee", sentence));

        Assert.DoesNotContain(metadata.Findings, f => f.Kind == FindingKinds.QuotedFinding);
    }

    [Fact]
    public void AnOfstedLettersOwnFindingsAreNotQuotations()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "Ofsted",
            "Dear Mr Smith",
            "Focused visit to Northmoor children's services",
            "This letter summarises the findings of the focused visit to Northmoor children's services on 3 and 4 June 2025.",
            "Inspectors found that leaders have improved the front door and that decisions are timely.",
            "Yours sincerely"));

        Assert.DoesNotContain(metadata.Findings, f => f.Kind == FindingKinds.QuotedFinding);
    }

    [Fact]
    public void TheyFoundStraightAfterASentenceNamingTheInspectorsQuotesThemWithTheListItIntroduces()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "- 8.4 In December 2019, Ofsted and the CQC returned to complete a SEND Revisit inspection. They found that the local area had made good progress in improving the eight areas of weakness but that there were still some additional improvements required in:-",
            "- The quality of the social care advice contained in plans",
            "- The communication of the joint SEND strategy",
            "- 8.5 A progress plan was published in February 2020."));

        var quoted = metadata.Findings.Where(f => f.Kind == FindingKinds.QuotedFinding).Select(f => f.Text).ToList();
        Assert.Equal(
            [
                "They found that the local area had made good progress in improving the eight areas of weakness but that there were still some additional improvements required in",
                "The quality of the social care advice contained in plans",
                "The communication of the joint SEND strategy",
            ],
            quoted);
        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.SendRevisit && v.FirstDay == new DateOnly(2019, 12, 1));
    }

    [Theory]
    [InlineData("The council's leaders met the partnership in March. They found that the new protocol was being followed in most cases.")]
    [InlineData("Families were asked about the service. They said that the new hub was easy to reach from every part of town.")]
    public void TheyAfterASentenceAboutSomeoneElseIsNotAQuotation(string text)
    {
        var metadata = _enricher.Enrich(Blocks.Document("# Report to the committee", "Ofsted visited the service in May 2025.", "## Engagement", text));

        Assert.DoesNotContain(metadata.Findings, f => f.Kind == FindingKinds.QuotedFinding);
    }
}

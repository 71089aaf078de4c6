using Inspection.Content.Evidence;
using Inspection.Ingestion.Enrichment;

namespace Inspection.Ingestion.Tests.Enrichment;

public sealed class CorpusEnrichmentTests
{
    private const string MedwayCabinet = "medway-cabinet-send-revisit-2020.pdf";
    private const string Thurrock = "thurrock-childrens-overview-scrutiny-2021-10.pdf";
    private const string MedwayLeadMember = "medway-lead-member-childrens-services-2022.pdf";

    private readonly DocumentEnricher _enricher = new();

    [Fact]
    public void MedwayCabinetReportIsACommitteeReportOfSevenAprilTwentyTwentyByMedwayCouncil()
    {
        var metadata = _enricher.Enrich(CorpusDocuments.Load(MedwayCabinet));

        Assert.Equal(DocumentKinds.CommitteeReport, metadata.Kind);
        Assert.Equal(new DateOnly(2020, 4, 7), metadata.DocumentDate);
        Assert.Equal("Medway Council", metadata.Organisation);
        Assert.Empty(metadata.EmbeddedLetters);
    }

    [Fact]
    public void MedwayCabinetReportListsTheEightSignificantWeaknessesOfTheTwentySeventeenInspection()
    {
        var metadata = _enricher.Enrich(CorpusDocuments.Load(MedwayCabinet));

        var weaknesses = metadata.Findings.Where(f => f.Kind == FindingKinds.SignificantWeakness).ToList();
        Assert.Equal(8, weaknesses.Count);
        string[] distinctive = ["strategic leadership", "communicated strategy", "suitable responsibility", "accountability", "self-evaluation", "sufficiency of information", "care plans", "co-production"];
        foreach (var word in distinctive)
        {
            Assert.Single(weaknesses, f => f.Text.Contains(word, StringComparison.OrdinalIgnoreCase));
        }

        Assert.All(weaknesses, f =>
        {
            Assert.Equal(VisitKinds.AreaSendInspection, f.VisitKind);
            Assert.Equal(new DateOnly(2017, 12, 4), f.VisitDate);
            Assert.Equal(2, f.Page);
        });
    }

    [Theory]
    [InlineData("strategic leadership", ProgressVerdicts.Insufficient, 3)]
    [InlineData("communicated", ProgressVerdicts.Insufficient, 4)]
    [InlineData("suitable responsibility", ProgressVerdicts.Sufficient, 4)]
    [InlineData("accountability", ProgressVerdicts.Sufficient, 4)]
    [InlineData("self-evaluation", ProgressVerdicts.Sufficient, 5)]
    [InlineData("sufficiency of information", ProgressVerdicts.Sufficient, 5)]
    [InlineData("care plans", ProgressVerdicts.Insufficient, 6)]
    [InlineData("co-production", ProgressVerdicts.Sufficient, 6)]
    public void MedwayCabinetReportGivesTheRevisitVerdictOnEachWeakness(string distinctive, string verdict, int page)
    {
        var metadata = _enricher.Enrich(CorpusDocuments.Load(MedwayCabinet));

        var finding = Assert.Single(metadata.Findings, f => f.Kind == FindingKinds.ProgressVerdict && f.Text.Contains(distinctive, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(verdict, finding.Verdict);
        Assert.Equal(page, finding.Page);
        Assert.Equal(VisitKinds.SendRevisit, finding.VisitKind);
        Assert.Equal(new DateOnly(2019, 12, 9), finding.VisitDate);
    }

    [Fact]
    public void MedwayCabinetReportHasFiveSufficientAndThreeInsufficientVerdictsAndIsAboutTheRevisit()
    {
        var metadata = _enricher.Enrich(CorpusDocuments.Load(MedwayCabinet));

        var verdicts = metadata.Findings.Where(f => f.Kind == FindingKinds.ProgressVerdict).ToList();
        Assert.Equal(5, verdicts.Count(f => f.Verdict == ProgressVerdicts.Sufficient));
        Assert.Equal(3, verdicts.Count(f => f.Verdict == ProgressVerdicts.Insufficient));
        Assert.Equal(VisitKinds.SendRevisit, metadata.VisitKind);
        Assert.Equal([new DateOnly(2019, 12, 9), new DateOnly(2019, 12, 10), new DateOnly(2019, 12, 11)], metadata.VisitDates);
    }

    [Fact]
    public void ThurrockAgendaPackIsACommitteeReportOfTwelveOctober2021ByThurrockCouncil()
    {
        var metadata = _enricher.Enrich(CorpusDocuments.Load(Thurrock));

        Assert.Equal(DocumentKinds.CommitteeReport, metadata.Kind);
        Assert.Equal(new DateOnly(2021, 10, 12), metadata.DocumentDate);
        Assert.Equal("Thurrock Council", metadata.Organisation);
    }

    [Fact]
    public void ThurrockAgendaPackContainsTheFocusedVisitLetterOfNineAugust2021()
    {
        var metadata = _enricher.Enrich(CorpusDocuments.Load(Thurrock));

        var letter = Assert.Single(metadata.EmbeddedLetters);
        Assert.Equal(30, letter.PageFrom);
        Assert.Equal(33, letter.PageTo);
        Assert.Equal(new DateOnly(2021, 8, 9), letter.LetterDate);
        Assert.Equal(VisitKinds.FocusedVisit, letter.VisitKind);
        Assert.Equal([new DateOnly(2021, 6, 30), new DateOnly(2021, 7, 1)], letter.VisitDates);
        Assert.Equal(["Margaret Burke", "Anna Gravelle"], letter.Inspectors);
        Assert.Equal(VisitKinds.FocusedVisit, metadata.VisitKind);
    }

    [Fact]
    public void ThurrockFocusedVisitLetterGivesItsThreePointsToImproveWithTheirPage()
    {
        var metadata = _enricher.Enrich(CorpusDocuments.Load(Thurrock));

        var points = metadata.Findings.Where(f => f.Page is >= 30 and <= 33).ToList();
        Assert.Equal(3, points.Count);
        Assert.StartsWith("Earlier transition planning", points[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("The involvement of children in the take-up of return home interviews", points[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("The arrangements for support and engagement", points[2].Text, StringComparison.Ordinal);
        Assert.All(points, f =>
        {
            Assert.Equal(FindingKinds.AreaForImprovement, f.Kind);
            Assert.Equal(31, f.Page);
            Assert.Equal(VisitKinds.FocusedVisit, f.VisitKind);
            Assert.Equal(new DateOnly(2021, 6, 30), f.VisitDate);
            Assert.Equal(DocumentEnricher.NewFindingStatus, f.Status);
        });
    }

    [Fact]
    public void MedwayLeadMemberReportIsACommitteeReportOfThreeMarch2022ByMedwayCouncil()
    {
        var metadata = _enricher.Enrich(CorpusDocuments.Load(MedwayLeadMember));

        Assert.Equal(DocumentKinds.CommitteeReport, metadata.Kind);
        Assert.Equal(new DateOnly(2022, 3, 3), metadata.DocumentDate);
        Assert.Equal("Medway Council", metadata.Organisation);
        Assert.Equal(VisitKinds.MonitoringVisit, metadata.VisitKind);
        Assert.Equal([new DateOnly(2022, 1, 25), new DateOnly(2022, 1, 26)], metadata.VisitDates);
    }

    [Fact]
    public void MedwayLeadMemberReportRecordsTheSendRevisitAndWhatTheInspectorsFoundAtIt()
    {
        var metadata = _enricher.Enrich(CorpusDocuments.Load(MedwayLeadMember));

        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.SendRevisit && v.FirstDay == new DateOnly(2019, 12, 1));
        var revisit = Assert.Single(metadata.Findings, f => f.Kind == FindingKinds.QuotedFinding && f.Text.StartsWith("They found that the local area had made good progress", StringComparison.Ordinal));
        Assert.Equal(VisitKinds.SendRevisit, revisit.VisitKind);
        Assert.Contains(metadata.Findings, f => f.Kind == FindingKinds.QuotedFinding && f.Text.StartsWith("The quality of the social care advice contained in EHCPs", StringComparison.Ordinal));
    }
}

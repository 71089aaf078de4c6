using Inspection.Ingestion.Enrichment;

namespace Inspection.Ingestion.Tests.Enrichment;

/// <summary>
/// Visits in the rows of a table of inspections, labelled previous inspections in a box, a visit named before its dates with a
/// comma, a list of months after a plain "visited", a joint inspection named by its inspectorates, inspectors over a span of
/// days; a web page dated by its last update; a judgement table whose rows were run together.
/// </summary>
public sealed class VisitTablesAndListsTests
{
    private readonly DocumentEnricher _enricher = new();

    [Fact]
    public void EachRowOfATableOfVisitsIsAVisitByItsDaysOrItsMonth()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Inspection history",
            "| Date | Activity | Result",
            "| February 2017 | Full inspection | Inadequate",
            "| 12 to 23 March 2018 | Standard inspection | Good",
            "| Joint targeted area inspection | 4 to 8 October 2021 | Letter",
            "| Last visit | Monitoring visit, 2 and 3 May 2023: progress seen"));

        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.FullInspection && v.MonthOnly && v.FirstDay == new DateOnly(2017, 2, 1));
        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.FullInspection && v.FirstDay == new DateOnly(2018, 3, 12) && v.Dates[^1] == new DateOnly(2018, 3, 23));
        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.Jtai && v.FirstDay == new DateOnly(2021, 10, 4) && v.Dates[^1] == new DateOnly(2021, 10, 8));
        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.MonitoringVisit && v.FirstDay == new DateOnly(2023, 5, 2) && v.Dates[^1] == new DateOnly(2023, 5, 3));
    }

    [Fact]
    public void ARowThatOnlyMentionsAVisitOrIsRatedIsNoVisit()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Improvement plan",
            "| Ref | Action | Owner | Due | RAG",
            "| 4.1 | Prepare staff for the focused visit | Head of Service | 30 April 2026 | Amber",
            "| Focused visit | March 2026 | Green",
            "| Improve focused visit readiness | 12 May 2026"));

        Assert.Empty(metadata.Visits);
    }

    [Fact]
    public void LabelledPreviousInspectionsInABoxKeepTheirOwnDays()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Report card: Eastfold Primary School",
            "Inspection dates: 3 and 4 February 2026 Report published: 10 March 2026 Previous graded inspection: 5 and 6 May 2019 Previous ungraded inspection: 18 January 2023"));

        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.SchoolInspection && v.FirstDay == new DateOnly(2019, 5, 5) && v.Dates[^1] == new DateOnly(2019, 5, 6));
        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.SchoolInspection && v.FirstDay == new DateOnly(2023, 1, 18));
        Assert.Equal(new DateOnly(2026, 3, 10), metadata.DocumentDate);
    }

    [Fact]
    public void AVisitNamedBeforeItsDaysWithACommaIsAVisitOfThoseDays()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Report to scrutiny",
            "The third monitoring visit, on 6 and 7 July 2022, looked at children in care."));

        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.MonitoringVisit && v.FirstDay == new DateOnly(2022, 7, 6) && v.Dates[^1] == new DateOnly(2022, 7, 7));
    }

    [Fact]
    public void MonthsAfterAPlainVisitedInAVisitLetterAreVisitsOfTheLettersKind()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "Ofsted",
            "3 March 2026",
            "Dear Ms Hale",
            "## Monitoring visit to Eastfold children's services",
            "This letter summarises the findings of the monitoring visit to Eastfold children's services on 3 and 4 February 2026.",
            "Inspectors visited in June 2024, in January 2025 and on 8 and 9 September 2025."));

        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.MonitoringVisit && v.MonthOnly && v.FirstDay == new DateOnly(2024, 6, 1));
        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.MonitoringVisit && v.MonthOnly && v.FirstDay == new DateOnly(2025, 1, 1));
        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.MonitoringVisit && v.FirstDay == new DateOnly(2025, 9, 8));
    }

    [Fact]
    public void AJointInspectionByOfstedAndTheCqcIsAnAreaSendInspectionOfItsMonth()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Our inspections",
            "Ofsted and the CQC inspected the services our partnership gives children with special educational needs in November 2023."));

        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.AreaSendInspection && v.MonthOnly && v.FirstDay == new DateOnly(2023, 11, 1));
    }

    [Fact]
    public void InspectorsOverASpanOfDaysAreOnAnInspection()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# News",
            "Inspectors worked alongside our teams from 9 to 20 March 2026 and met more than 60 staff."));

        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.FullInspection && v.FirstDay == new DateOnly(2026, 3, 9) && v.Dates[^1] == new DateOnly(2026, 3, 20));
    }

    [Fact]
    public void AWebPageIsDatedByItsLastUpdate()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Our Ofsted inspections",
            "Inspectors spent two weeks with us from 1 to 12 December 2025.",
            "Page last updated: 9 January 2026"));

        Assert.Equal(new DateOnly(2026, 1, 9), metadata.DocumentDate);
    }

    [Fact]
    public void AJudgementTableRunTogetherIntoOneRowPairsNamesAndGradesInOrder()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Inspection of Eastfold children's services",
            "| The experiences and progress of children in care The experiences and progress of care leavers Overall effectiveness | Inadequate Requires improvement to be good Requires improvement to be good"));

        Assert.Equal("Inadequate", metadata.Judgements["The experiences and progress of children in care"]);
        Assert.Equal("Requires improvement to be good", metadata.Judgements["The experiences and progress of care leavers"]);
        Assert.Equal("Requires improvement to be good", metadata.Judgements["Overall effectiveness"]);
    }
}

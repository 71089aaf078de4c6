using Inspection.Content.Evidence;
using Inspection.Ingestion.Enrichment;

namespace Inspection.Ingestion.Tests.Enrichment;

/// <summary>
/// Visits given by month in running prose, labelled dates run together on one line, a meeting's name before the council's,
/// and areas of concern as rows of a table.
/// </summary>
public sealed class VisitMentionReaderTests
{
    private readonly DocumentEnricher _enricher = new();

    [Theory]
    [InlineData("This letter summarises the findings of the focused visit to Eastfold children's services, carried out in March 2025.", VisitKinds.FocusedVisit, 2025, 3)]
    [InlineData("When Ofsted inspected our services in March 2023, they were judged to require improvement to be good.", VisitKinds.FullInspection, 2023, 3)]
    [InlineData("Services were judged inadequate when Ofsted inspected them in February 2024.", VisitKinds.FullInspection, 2024, 2)]
    public void AMonthAfterAnActivityWordIsAVisitOfThatMonth(string sentence, string kind, int year, int month)
    {
        var metadata = _enricher.Enrich(Blocks.Document("# Report", sentence));

        Assert.Contains(metadata.Visits, v => v.Kind == kind && v.MonthOnly && v.FirstDay == new DateOnly(year, month, 1));
    }

    [Fact]
    public void MonthsJoinedByAndAreEachAVisitOfTheKindBeforeThem()
    {
        var metadata = _enricher.Enrich(Blocks.Document("# Report", "Since then inspectors have made monitoring visits in July 2024 and March 2025."));

        Assert.Equal(
            [new DateOnly(2024, 7, 1), new DateOnly(2025, 3, 1)],
            metadata.Visits.Where(v => v.Kind == VisitKinds.MonitoringVisit && v.MonthOnly).Select(v => v.FirstDay!.Value));
    }

    [Theory]
    [InlineData("Last inspection: March 2023, good")]
    [InlineData("Date of previous inspection: March 2023")]
    public void ALabelFollowedByAMonthAloneIsAVisitOfThatMonth(string line)
    {
        var metadata = _enricher.Enrich(Blocks.Document("# Self-evaluation: summary for 2025", "At a glance", line, "Children in care: 412"));

        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.FullInspection && v.MonthOnly && v.FirstDay == new DateOnly(2023, 3, 1));
    }

    [Fact]
    public void InADocumentWithoutHeadingsItsOpeningLineSaysWhichVisitInspectorsWereOn()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "Ofsted monitoring visit to Brindlecombe: children in care and care leavers",
            "Report to the Corporate Parenting Panel, 4 December 2025",
            "This report tells members what inspectors found when they visited our services on 14 and 15 October 2025. "
            + "It was the third monitoring visit since the inspection in June 2024 judged our services inadequate."));

        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.MonitoringVisit && v.FirstDay == new DateOnly(2025, 10, 14));
        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.FullInspection && v.MonthOnly && v.FirstDay == new DateOnly(2024, 6, 1));
        Assert.DoesNotContain(metadata.Visits, v => v.Kind == VisitKinds.MonitoringVisit && v.FirstDay == new DateOnly(2024, 6, 1));
    }

    [Theory]
    [InlineData("## 1. Introduction", VisitKinds.MonitoringVisit)]
    [InlineData("# Background", VisitKinds.FullInspection)]
    public void InspectorsVisitingUnderAPlainSubheadingAreOnTheVisitTheTitleNames(string heading, string kind)
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Ofsted monitoring visit: care leavers",
            heading,
            "This report sets out what inspectors found when they visited the council's services for care leavers on 2 and 3 December 2025."));

        Assert.Contains(metadata.Visits.Append(new Visit(metadata.VisitKind ?? "", metadata.VisitDates)), v => v.Kind == kind && v.FirstDay == new DateOnly(2025, 12, 2));
    }

    [Fact]
    public void AVisitHeldOverItsDaysIsAVisitOfThoseDays()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Monitoring visit to Eastfold children's services",
            "Leaders have made progress since the previous monitoring visit, held over 5th and 6th December 2023."));

        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.MonitoringVisit && !v.MonthOnly && v.FirstDay == new DateOnly(2023, 12, 5) && v.Dates[^1] == new DateOnly(2023, 12, 6));
    }

    [Fact]
    public void AMonthInBracketsAfterAVisitIsThatVisitsMonth()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Area SEND inspection of Eastfold Local Area Partnership",
            "Inspection dates: 2 June to 6 June 2025",
            "The area's previous joint inspection (November 2017) found three significant weaknesses. A revisit (March 2020) found that the partnership had made sufficient progress in two of them.",
            "The partnership published its strategy (May 2021) after consulting parents."));

        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.AreaSendInspection && v.MonthOnly && v.FirstDay == new DateOnly(2017, 11, 1));
        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.SendRevisit && v.MonthOnly && v.FirstDay == new DateOnly(2020, 3, 1));
        Assert.DoesNotContain(metadata.Visits, v => v.FirstDay == new DateOnly(2021, 5, 1));
    }

    [Theory]
    [InlineData("# Area SEND inspection of Eastfold Local Area Partnership", true)]
    [InlineData("# Monitoring visit to Eastfold children's services", false)]
    public void InspectorsWhoRevisitedInAMonthAreOnTheSendRevisitOnlyInSendPapers(string title, bool send)
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            title,
            "Ofsted and the CQC last inspected the area jointly in May 2019. When inspectors revisited the area in November 2021, they judged that it had made sufficient progress."));

        Assert.Equal(send, metadata.Visits.Any(v => v.Kind == VisitKinds.SendRevisit && v.FirstDay == new DateOnly(2021, 11, 1)));
    }

    [Theory]
    [InlineData("The arrangements for the protection of children were last inspected in June 2012 and its services for looked after children in February 2011.", true)]
    [InlineData("The arrangements for the protection of children were last inspected in June 2012 and a new director arrived in February 2011.", false)]
    [InlineData("The arrangements for the protection of children were last inspected in June 2012 and the plan was agreed in February 2011.", false)]
    public void ASecondClauseThatLeavesOutTheVerbIsAnotherVisitOfTheSameKind(string sentence, bool visit)
    {
        var metadata = _enricher.Enrich(Blocks.Document("# Report", sentence));

        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.FullInspection && v.FirstDay == new DateOnly(2012, 6, 1));
        Assert.Equal(visit, metadata.Visits.Any(v => v.FirstDay == new DateOnly(2011, 2, 1)));
    }

    [Theory]
    [InlineData("Ofsted introduced the ILACS inspection framework in January 2018, which replaced the single inspection framework.")]
    [InlineData("During the visit, inspectors saw plans written in March 2024 that had not been reviewed.")]
    [InlineData("The inspection report in January 2018 was discussed by members.")]
    public void AMonthAfterAnotherNounOrClauseIsNoVisit(string sentence)
    {
        var metadata = _enricher.Enrich(Blocks.Document("# Report", sentence));

        Assert.DoesNotContain(metadata.Visits, v => v.MonthOnly);
    }

    [Fact]
    public void LabelledDatesRunTogetherKeepTheirOwnDays()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Area SEND inspection of Eastfold Local Area Partnership",
            "Inspection dates: 3 to 7 March 2025 Dates of previous inspection: 22 to 26 January 2018 Date published: 16 April 2025"));

        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.AreaSendInspection && !v.MonthOnly && v.FirstDay == new DateOnly(2018, 1, 22) && v.Dates[^1] == new DateOnly(2018, 1, 26));
        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.AreaSendInspection && v.FirstDay == new DateOnly(2025, 3, 3));
    }

    [Fact]
    public void AMeetingNamedBeforeTheCouncilIsNotPartOfItsName()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Ofsted monitoring visit: findings",
            "Children and Young People Scrutiny Committee Eastfold Borough Council Date of meeting: 9 December 2025"));

        Assert.Equal("Eastfold Borough Council", metadata.Organisation);
    }

    [Fact]
    public void RowsUnderAnAreaOfConcernHeaderAreAreasOfConcern()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Written statement of action",
            "The area SEND inspection took place between 10 and 14 June 2024.",
            "| No. | Area of concern | Accountable leader",
            "| 1 | the long waits for an assessment by the mental health service | Chief Nursing Officer",
            "| 2 | the weak contribution of social care to plans | Assistant Director",
            "After the table, a paragraph that is not an area."));

        Assert.Equal(
            ["the long waits for an assessment by the mental health service", "the weak contribution of social care to plans"],
            metadata.Findings.Where(f => f.Kind == FindingKinds.AreaOfConcern).Select(f => f.Text));
    }
}

using Inspection.Content.Evidence;
using Inspection.Ingestion.Enrichment;

namespace Inspection.Ingestion.Tests.Enrichment;

/// <summary>
/// Rules first measured on the layout zoo's held-out documents: report cards whose labelled lines run together, a committee
/// summary of a monitoring visit, and a judgement table row whose name cell wraps under OCR.
/// </summary>
public sealed class ReportCardAndSummaryRulesTests
{
    private readonly DocumentEnricher _enricher = new();

    [Fact]
    public void AReportCardWithItsLabelledLinesRunTogetherIsAnInspectionReportWithItsVisitPublicationAndNextSteps()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "Ofsted School inspection report card",
            "# Report card: Alderbank Academy",
            "Inspected on 4 and 5 March 2026 Report published on 14 April 2026 Type of school: secondary academy",
            "## Evaluation areas and grades",
            "Safeguarding: Met Inclusion: Expected standard Sixth form in schools: Strong standard",
            "## Next steps for the school",
            "The school should make sure that pupils who join mid-year are given the same help with reading as their classmates."));

        Assert.Equal(DocumentKinds.InspectionLetter, metadata.Kind);
        Assert.Equal(new DateOnly(2026, 4, 14), metadata.DocumentDate);
        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.SchoolInspection && v.FirstDay == new DateOnly(2026, 3, 4));
        Assert.Equal("Strong standard", metadata.Judgements["Sixth form in schools"]);
        Assert.Equal(
            ["The school should make sure that pupils who join mid-year are given the same help with reading as their classmates."],
            metadata.Findings.Where(f => f.Kind == FindingKinds.AreaForImprovement).Select(f => f.Text));
    }

    [Fact]
    public void WhatTheSchoolNeedsToImproveListsFindingsInAReportButNotInACouncilsOwnPaper()
    {
        var report = _enricher.Enrich(Blocks.Document(
            "OFSTED SCHOOL INSPECTION REPORT CARD",
            "# Report card: Alderbank Junior School",
            "Unique reference number: 100001 Inspection dates: 20 and 21 January 2026",
            "## What the school needs to improve",
            "- The school should check that pupils who fall behind in writing catch up quickly."));
        var ownPaper = _enricher.Enrich(Blocks.Document(
            "# Annual report of the virtual school",
            "## What the service needs to improve",
            "- The service should check that pupils who fall behind in writing catch up quickly."));

        Assert.Equal(DocumentKinds.InspectionLetter, report.Kind);
        Assert.Single(report.Findings, f => f.Kind == FindingKinds.AreaForImprovement);
        Assert.DoesNotContain(ownPaper.Findings, f => f.Kind == FindingKinds.AreaForImprovement);
    }

    [Fact]
    public void InspectorsVisitingUnderAMonitoringVisitHeadingAreOnThatVisitAndItsQuotationsAreRead()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Ofsted's visit: what the inspectors told us",
            "1.1 This report tells the panel about the monitoring visit since services were judged inadequate in March 2025.",
            "# 3. The monitoring visit",
            "3.1 Two inspectors visited the council on 9 and 10 December 2025. They looked at care leavers.",
            "3.2 According to the inspectors, too many care leavers live in unsuitable accommodation for months.",
            "3.3 The letter also records that pathway plans are rarely reviewed when a young person moves home.",
            "# 4. Earlier visits",
            "4.1 The first monitoring visit took place in July 2025 and looked at the front door."));

        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.MonitoringVisit && v.FirstDay == new DateOnly(2025, 12, 9));
        Assert.DoesNotContain(metadata.Visits, v => v.Kind == VisitKinds.FullInspection && v.FirstDay == new DateOnly(2025, 12, 9));
        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.MonitoringVisit && v.MonthOnly && v.FirstDay == new DateOnly(2025, 7, 1));
        var quoted = metadata.Findings.Where(f => f.Kind == FindingKinds.QuotedFinding).ToList();
        Assert.Equal(
            ["According to the inspectors, too many care leavers live in unsuitable accommodation for months.",
             "The letter also records that pathway plans are rarely reviewed when a young person moves home."],
            quoted.Select(f => f.Text));
        Assert.All(quoted, f => Assert.Equal(VisitKinds.MonitoringVisit, f.VisitKind));
    }

    [Fact]
    public void BulletsUnderAHeadingSayingWhatInspectorsSaidAreQuotedFindings()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Ofsted inspection of children's services: what happens next",
            "Children and Young People Scrutiny Committee, 21 January 2026",
            "---",
            "# What inspectors said needs to improve",
            "- The stability of homes for children in care aged twelve and over.",
            "- The timeliness of health assessments when a child first comes into care.",
            "---",
            "# What we are asking the committee to do",
            "- Note the outcome of the inspection and the response to it."));

        Assert.Equal(
            ["The stability of homes for children in care aged twelve and over.", "The timeliness of health assessments when a child first comes into care."],
            metadata.Findings.Where(f => f.Kind == FindingKinds.QuotedFinding).Select(f => f.Text));
    }

    [Fact]
    public void AJudgementOfNamedServicesGivesTheMonthOfItsInspection()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Improvement plan: progress tracker",
            "Ofsted judged Aldersey's services for children to be inadequate in June 2025. This tracker shows how far each action has got.",
            "The council's budget for children's services was judged sufficient by the board, which met in May 2025."));

        var visit = Assert.Single(metadata.Visits);
        Assert.Equal(VisitKinds.FullInspection, visit.Kind);
        Assert.Equal(new DateOnly(2025, 6, 1), visit.FirstDay);
        Assert.True(visit.MonthOnly);
    }

    [Fact]
    public void ALetterFromAnotherSenderIsNotQuotedAsTheInspectors()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Report to the lead member",
            "Ofsted's monitoring visit in September 2021 found that practice had improved.",
            "We received a letter from the DfE on 5 October 2021. The letter states that formal monitoring by the department will end this year."));

        Assert.DoesNotContain(metadata.Findings, f => f.Text.StartsWith("The letter states", StringComparison.Ordinal));
    }

    [Fact]
    public void AVisitMentionedByAMonthItsDaysTouchIsTheSameVisit()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Focused visit update",
            "Ofsted carried out a focused visit between 30 June and 1 July 2021.",
            "The focused visit in July 2021 and the letter published in August 2021 found caseloads manageable."));

        Assert.Single(metadata.Visits, v => v.Kind == VisitKinds.FocusedVisit);
    }

    [Fact]
    public void AJudgementRowWhoseNameWrapsAfterItsGradeIsStillRead()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "Judgement Grade",
            "The impact of leaders on social work practice with children and ..] Good families",
            "| Overall effectiveness | Good"));

        Assert.Equal("Good", metadata.Judgements["The impact of leaders on social work practice with children and families"]);
    }
}

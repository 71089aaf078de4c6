using Inspection.Content.Evidence;
using Inspection.Ingestion.Enrichment;

namespace Inspection.Ingestion.Tests.Enrichment;

public sealed class InspectionLetterEnrichmentTests
{
    private readonly DocumentEnricher _enricher = new();

    [Fact]
    public void JudgementsAreFoundWhateverTheCaseTheirGradesAreWrittenIn()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Inspection of Anyshire local authority children's services",
            "Inspection dates: 12 to 23 June 2023",
            "OVERALL EFFECTIVENESS: REQUIRES IMPROVEMENT TO BE GOOD",
            "Leadership and management were judged OUTSTANDING",
            "The experiences and progress of care leavers - inAdequate",
            "Personal development is good.",
            "The effectiveness of leadership is not judged here, and progress is steady."));

        Assert.Equal(JudgementGrades.RequiresImprovement, metadata.Judgements["Overall effectiveness"]);
        Assert.Equal(JudgementGrades.Outstanding, metadata.Judgements["Leadership and management"]);
        Assert.Equal(JudgementGrades.Inadequate, metadata.Judgements["The experiences and progress of care leavers"]);
        Assert.Equal(JudgementGrades.Good, metadata.Judgements["Personal development"]);
        Assert.Equal(4, metadata.Judgements.Count);
    }

    [Fact]
    public void InspectionReportGivesEachJudgementItsGrade()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Inspection of Anyshire local authority children's services",
            "Inspection dates: 12 to 23 June 2023",
            "Lead inspector: Jane Smith, Her Majesty's Inspector",
            "| Judgement | Grade",
            "| The impact of leaders on social work practice with children and families | Requires improvement to be good",
            "| The experiences and progress of children who need help and protection | Inadequate",
            "| The experiences and progress of children in care | Good",
            "| The experiences and progress of care leavers | Outstanding",
            "| Overall effectiveness | Inadequate",
            "# What needs to improve",
            "- The timeliness of strategy discussions for children at risk of significant harm.",
            "- The quality and impact of management oversight and supervision."));

        Assert.Equal(DocumentKinds.InspectionLetter, metadata.Kind);
        Assert.Equal(5, metadata.Judgements.Count);
        Assert.Equal(JudgementGrades.Inadequate, metadata.Judgements["Overall effectiveness"]);
        Assert.Equal(JudgementGrades.RequiresImprovement, metadata.Judgements["The impact of leaders on social work practice with children and families"]);
        Assert.Equal(JudgementGrades.Inadequate, metadata.Judgements["The experiences and progress of children who need help and protection"]);
        Assert.Equal(JudgementGrades.Good, metadata.Judgements["The experiences and progress of children in care"]);
        Assert.Equal(JudgementGrades.Outstanding, metadata.Judgements["The experiences and progress of care leavers"]);
        Assert.Equal(["Jane Smith"], metadata.Inspectors);
        Assert.Equal(VisitKinds.FullInspection, metadata.VisitKind);
        Assert.Equal(12, metadata.VisitDates.Count);
        Assert.Equal(new DateOnly(2023, 6, 12), metadata.VisitDates[0]);
        var findings = metadata.Findings.Where(f => f.Kind == FindingKinds.AreaForImprovement).ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal((VisitKinds.FullInspection, new DateOnly(2023, 6, 12)), (f.VisitKind, f.VisitDate)));
    }

    [Fact]
    public void SchoolReportsImprovementPointsAreAreasForImprovement()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Inspection of Anytown Primary School",
            "Inspection dates: 8 and 9 October 2024",
            "## What does the school need to do to improve?",
            "- The school should check that phonics is taught consistently.",
            "- Subject leaders should be trained to check how well their subjects are taught."));

        Assert.Equal(
            ["The school should check that phonics is taught consistently.", "Subject leaders should be trained to check how well their subjects are taught."],
            metadata.Findings.Where(f => f.Kind == FindingKinds.AreaForImprovement).Select(f => f.Text));
    }

    [Theory]
    [InlineData("Next steps")]
    [InlineData("What the school needs to do to improve")]
    [InlineData("What does the provider need to do to improve?")]
    [InlineData("What the local authority should do to improve")]
    [InlineData("Priorities for improvement")]
    [InlineData("Areas for further improvement")]
    public void ImprovementPointsUnderEachFrameworksNameForThemAreAreasForImprovement(string heading)
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "Ofsted",
            "# Report card: Anytown Academy",
            "Inspection dates: 20 to 22 January 2026",
            "Published: 6 March 2026",
            "## " + heading,
            "The school should make sure that pupils who are persistently absent attend regularly.",
            "The school should check that the reading scheme is taught consistently."));

        Assert.Equal(
            ["The school should make sure that pupils who are persistently absent attend regularly.", "The school should check that the reading scheme is taught consistently."],
            metadata.Findings.Where(f => f.Kind == FindingKinds.AreaForImprovement).Select(f => f.Text));
    }

    [Fact]
    public void ALettersClosingLineAfterItsNextStepsIsNoFinding()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "Ofsted",
            "19 November 2025",
            "Dear Ms Tranter",
            "# Monitoring visit to Anytown children's services",
            "This letter summarises the findings of the monitoring visit to Anytown children's services on 21 and 22 October 2025.",
            "## Next steps",
            "The local authority should make sure that permanence is considered at each child's second review.",
            "Ofsted will carry out a further monitoring visit.",
            "Yours sincerely",
            "Ann Other",
            "His Majesty's Inspector"));

        Assert.Equal(
            ["The local authority should make sure that permanence is considered at each child's second review."],
            metadata.Findings.Where(f => f.Kind == FindingKinds.AreaForImprovement).Select(f => f.Text));
    }

    [Fact]
    public void NextStepsOfACommitteeReportAreNotInspectorsFindings()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Outcome of the SEND revisit",
            "Report of: Director of Children's Services",
            "Date of meeting: 7 April 2020",
            "## Next steps",
            "The improvement board will review the written statement of action in June."));

        Assert.Empty(metadata.Findings);
    }

    [Fact]
    public void AreaSendLetterGivesStrengthsAndAreasForDevelopment()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "Ofsted",
            "3 April 2018",
            "Dear Director",
            "Joint local area SEND inspection in Someshire",
            "This letter summarises the findings of the joint local area SEND inspection in Someshire on 5 to 9 March 2018.",
            "# Main findings",
            "## Strengths",
            "- Leaders know the area well.",
            "- Parents value the local offer.",
            "## Areas for development",
            "- EHC plans are not completed within 20 weeks.",
            "Yours sincerely",
            "Ann Other",
            "Her Majesty's Inspector"));

        Assert.Equal(VisitKinds.AreaSendInspection, metadata.VisitKind);
        Assert.Equal(["Leaders know the area well.", "Parents value the local offer."], metadata.Findings.Where(f => f.Kind == FindingKinds.Strength).Select(f => f.Text));
        Assert.Equal("EHC plans are not completed within 20 weeks.", Assert.Single(metadata.Findings, f => f.Kind == FindingKinds.AreaForImprovement).Text);
    }

    [Fact]
    public void ReportCardGridsAndCardsGiveEachEvaluationAreaItsGradeOnTheFivePointScale()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "Ofsted",
            "# Report card: Anytown Academy",
            "Inspection dates: 3 to 5 February 2026",
            "| Inclusion | Achievement | Early years",
            "| Exceptional | Urgent improvement | Expected standard",
            "| Attendance and behaviour | Post-16 provision",
            "| Strong standard | Needs attention",
            "Safeguarding",
            "Not met",
            "Leadership and governance",
            "Leaders have met with families and know the early years well."));

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["Inclusion"] = JudgementGrades.Exceptional,
                ["Achievement"] = JudgementGrades.UrgentImprovement,
                ["Early years"] = JudgementGrades.ExpectedStandard,
                ["Attendance and behaviour"] = JudgementGrades.StrongStandard,
                ["Post-16 provision"] = JudgementGrades.NeedsAttention,
                ["Safeguarding"] = JudgementGrades.NotMet,
            },
            metadata.Judgements);
    }

    [Fact]
    public void AJudgementTableIsNotOverruledByProseRecallingAnEarlierGrade()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Inspection of Anyshire local authority children's services",
            "At the previous inspection, overall effectiveness was judged inadequate and the experiences and progress of children in care were judged to be inadequate.",
            "| Overall effectiveness | Good",
            "| The experiences and progress of children in care | Requires improvement to be good",
            "Leadership and management has met its targets."));

        Assert.Equal(JudgementGrades.Good, metadata.Judgements["Overall effectiveness"]);
        Assert.Equal(JudgementGrades.RequiresImprovement, metadata.Judgements["The experiences and progress of children in care"]);
        Assert.Equal(2, metadata.Judgements.Count);
    }

    [Theory]
    [InlineData("2.2 Experiences and progress of care leavers | Requires improvement", "The experiences and progress of care leavers", JudgementGrades.RequiresImprovement)]
    [InlineData("The experiences.and progress of children in care | Good", "The experiences and progress of children in care", JudgementGrades.Good)]
    [InlineData("The quality of education Good", "Quality of education", JudgementGrades.Good)]
    [InlineData("Achievement is good, and attendance is improving.", null, null)]
    public void JudgementNamesAreReadAsOfstedSpellsThemWhateverTheNumberingOrStrayMarks(string text, string? name, string? grade)
    {
        var metadata = _enricher.Enrich(Blocks.Document(text));

        if (name is null)
        {
            Assert.Empty(metadata.Judgements);
        }
        else
        {
            Assert.Equal(grade, Assert.Single(metadata.Judgements, j => j.Key == name).Value);
        }
    }

    [Theory]
    [InlineData("Overall effectiveness: Inadequate", "Overall effectiveness", JudgementGrades.Inadequate)]
    [InlineData("The overall effectiveness of children's services is judged to be good.", null, null)]
    [InlineData("Overall effectiveness is judged to be requires improvement to be good.", "Overall effectiveness", JudgementGrades.RequiresImprovement)]
    [InlineData("Quality of education - Good", "Quality of education", JudgementGrades.Good)]
    [InlineData("Leaders have improved overall effectiveness of the front door, which is good news.", null, null)]
    public void JudgementNeedsItsNameFollowedByAGrade(string text, string? name, string? grade)
    {
        var metadata = _enricher.Enrich(Blocks.Document(text));

        if (name is null)
        {
            Assert.Empty(metadata.Judgements);
        }
        else
        {
            Assert.Equal(grade, Assert.Contains(name, metadata.Judgements));
        }
    }

    [Fact]
    public void MonitoringVisitLetterGivesItsDateVisitInspectorsAndPriorityActions()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "Ofsted",
            "Piccadilly Gate",
            "Manchester",
            "14 March 2023",
            "Jo Bloggs",
            "Director of Children's Services",
            "Anytown Borough Council",
            "Dear Jo",
            "Monitoring visit to Anytown children's services",
            "This letter summarises the findings of the monitoring visit to Anytown children's services on 21 and 22 February 2023. This visit was the third monitoring visit since the local authority was judged inadequate in 2022. Her Majesty's Inspectors for this visit were Peter Grant and Amira Khan.",
            "Areas for priority action",
            "- The response to children who go missing from care, including return home interviews.",
            "Inspectors found that Anytown Borough Council has improved the front door. Anytown Borough Council leaders know their services well.",
            "---",
            "Yours sincerely",
            "Peter Grant",
            "Her Majesty's Inspector"));

        Assert.Equal(DocumentKinds.InspectionLetter, metadata.Kind);
        Assert.Equal(new DateOnly(2023, 3, 14), metadata.DocumentDate);
        Assert.Equal("Anytown Borough Council", metadata.Organisation);
        Assert.Equal(VisitKinds.MonitoringVisit, metadata.VisitKind);
        Assert.Equal([new DateOnly(2023, 2, 21), new DateOnly(2023, 2, 22)], metadata.VisitDates);
        Assert.Equal(["Peter Grant", "Amira Khan"], metadata.Inspectors);
        var letter = Assert.Single(metadata.EmbeddedLetters);
        Assert.Equal((1, 2), (letter.PageFrom, letter.PageTo));
        var finding = Assert.Single(metadata.Findings);
        Assert.Equal(FindingKinds.AreaForPriorityAction, finding.Kind);
        Assert.StartsWith("The response to children who go missing", finding.Text, StringComparison.Ordinal);
        Assert.Equal(VisitKinds.MonitoringVisit, finding.VisitKind);
        Assert.Equal(new DateOnly(2023, 2, 21), finding.VisitDate);
        Assert.Empty(metadata.Judgements);
    }

    [Theory]
    [InlineData("on 6 and 7 July 2021", "2021-07-06,2021-07-07")]
    [InlineData("on 30 June and 1 July 2021", "2021-06-30,2021-07-01")]
    [InlineData("between 9 and 11 December 2019", "2019-12-09,2019-12-10,2019-12-11")]
    [InlineData("from 4- 8 December 2017", "2017-12-04,2017-12-05,2017-12-06,2017-12-07,2017-12-08")]
    [InlineData("on 25th and 26th January 2022", "2022-01-25,2022-01-26")]
    [InlineData("from 30 June – 2 July 2021", "2021-06-30,2021-07-01,2021-07-02")]
    [InlineData("on 3 May 2022", "2022-05-03")]
    public void FocusedVisitLetterReadsItsVisitDates(string when, string expected)
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "Ofsted",
            "9 August 2021",
            "Dear Sam",
            "Focused visit to Someshire children's services",
            $"This letter summarises the findings of the focused visit to Someshire children's services {when}.",
            "Yours sincerely",
            "Ann Other",
            "Her Majesty's Inspector"));

        Assert.Equal(VisitKinds.FocusedVisit, metadata.VisitKind);
        Assert.Equal(expected, string.Join(',', metadata.VisitDates.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(["Ann Other"], metadata.Inspectors);
    }

    [Theory]
    [InlineData("This letter summarises the findings of the joint targeted area inspection of the multi-agency response to children's mental health in Someshire on 2 to 6 May 2022.", VisitKinds.Jtai)]
    [InlineData("This letter summarises the findings of the short inspection of Someshire children's services on 2 to 6 May 2022.", VisitKinds.ShortInspection)]
    [InlineData("This letter summarises the findings of the joint local area SEND inspection in Someshire on 2 to 6 May 2022.", VisitKinds.AreaSendInspection)]
    [InlineData("This letter summarises the findings of the revisit to the local area of Someshire on 2 to 6 May 2022 to decide whether it has made sufficient progress.", VisitKinds.SendRevisit)]
    public void LetterVisitKindComesFromOfstedsWording(string summary, string visitKind)
    {
        var metadata = _enricher.Enrich(Blocks.Document("Ofsted", "20 June 2022", "Dear Sam", summary, "Yours sincerely", "Ann Other", "Her Majesty's Inspector"));

        Assert.Equal(visitKind, metadata.VisitKind);
        Assert.Equal(new DateOnly(2022, 5, 2), metadata.VisitDates[0]);
    }

    [Fact]
    public void RevisitLetterNamesTheWeaknessOfEachVerdict()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "Ofsted",
            "20 June 2022",
            "Dear Sam",
            "This letter summarises the findings of the revisit to Someshire on 2 to 4 May 2022.",
            "The area has not made sufficient progress in addressing the timeliness of EHC needs assessments.",
            "The area has made sufficient progress in addressing the lack of co-production with parents.",
            "The area has made sufficient progress in addressing two of the three significant weaknesses.",
            "Inspectors judged that the area had made sufficient progress in addressing all four.",
            "It has made sufficient progress in tackling both.",
            "Yours sincerely",
            "Ann Other",
            "Her Majesty's Inspector"));

        var verdicts = metadata.Findings.Where(f => f.Kind == FindingKinds.ProgressVerdict).ToList();
        Assert.Equal(2, verdicts.Count);
        Assert.Equal(("the timeliness of EHC needs assessments", ProgressVerdicts.Insufficient), (verdicts[0].Text, verdicts[0].Verdict));
        Assert.Equal(("the lack of co-production with parents", ProgressVerdicts.Sufficient), (verdicts[1].Text, verdicts[1].Verdict));
        Assert.All(verdicts, v => Assert.Equal(VisitKinds.SendRevisit, v.VisitKind));
    }

    [Fact]
    public void RecommendationsOutsideALetterAreNotFindings()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Report to Cabinet",
            "Portfolio Holder: Councillor A Person",
            "# Recommendations",
            "- That Cabinet notes the report."));

        Assert.Equal(DocumentKinds.CommitteeReport, metadata.Kind);
        Assert.Empty(metadata.Findings);
    }
}

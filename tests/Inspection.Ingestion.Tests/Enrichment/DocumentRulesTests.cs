using System.Globalization;
using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Formats;

namespace Inspection.Ingestion.Tests.Enrichment;

public sealed class DocumentRulesTests
{
    private readonly DocumentEnricher _enricher = new();

    [Theory]
    [InlineData("Date of meeting: 7 April 2020", 2020, 4, 7)]
    [InlineData("Date: 9 August 2021", 2021, 8, 9)]
    [InlineData("09/08/2021", 2021, 8, 9)]
    [InlineData("3 MARCH 2022", 2022, 3, 3)]
    [InlineData("12th of October 2021", 2021, 10, 12)]
    [InlineData("1 Sept 2023", 2023, 9, 1)]
    [InlineData("Meeting date: 31.01.2024", 2024, 1, 31)]
    public void DocumentDateIsReadInUkFormats(string line, int year, int month, int day)
    {
        var metadata = _enricher.Enrich(Blocks.Document("# Corporate Parenting Panel", line, "The panel considered the report."));

        Assert.Equal(new DateOnly(year, month, day), metadata.DocumentDate);
    }

    [Theory]
    [InlineData("The child in this audit is Child A, born 14 March 2012, of Harrowden.")]
    [InlineData("Child: A. DOB: 14/03/2012. Allocated team: Horizons.")]
    [InlineData("Date of birth - 14 March 2012")]
    [InlineData("D.O.B. 14.03.2012")]
    public void AChildsDateOfBirthDoesNotDateTheDocument(string line)
    {
        var undated = _enricher.Enrich(Blocks.Document("# Case audit: missing episodes", line, "Every missing episode was followed by an interview."));
        var dated = _enricher.Enrich(Blocks.Document("# Case audit: missing episodes", line, "Audited on 3 November 2025 by the Practice Academy."));

        Assert.Null(undated.DocumentDate);
        Assert.Equal(new DateOnly(2025, 11, 3), dated.DocumentDate);
    }

    [Fact]
    public void AnAuditIsDatedByTheDayItWasDoneNotByADeadlineAfterTheWordDated()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Case file audit",
            "Referral received 14/10/2025.",
            "Date of audit: 21/01/2026",
            "Rewrite the plan with dated, measurable outcomes before the next review on 20 April 2026."));

        Assert.Equal(new DateOnly(2026, 1, 21), metadata.DocumentDate);
    }

    [Fact]
    public void AWebPageIsDatedByItsLastUpdateAtItsFootAndOwnedByTheCouncilItsTabTitleNames()
    {
        var sections = Enumerable.Range(1, 40).Select(i => string.Create(CultureInfo.InvariantCulture, $"Section {i} of the inspection findings."));
        var blocks = Blocks.Document(["# What Ofsted found in 2025", "Ofsted inspected our services from 29 September to 10 October 2025.", .. sections, "Page last reviewed: 2 December 2025"]);
        var page = new ExtractedDocument("found.html", FileFormat.Html, 1, blocks.Blocks, "What Ofsted found in 2025 - Tamsworth Borough Council");

        var metadata = _enricher.Enrich(page);

        Assert.Equal(new DateOnly(2025, 12, 2), metadata.DocumentDate);
        Assert.Equal("Tamsworth Borough Council", metadata.Organisation);
    }

    [Fact]
    public void AFullStopReadBetweenAMonthAndItsYearStillGivesTheDate()
    {
        // A fax's speckle: "27 and 28 January.2026".
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Focused visit to Harwick children's services",
            "This letter summarises the findings of the focused visit to Harwick children's services on 27 and 28 January.2026.",
            "The last full inspection, in November.2023, judged services to require improvement to be good."));

        Assert.Equal(VisitKinds.FocusedVisit, metadata.VisitKind);
        Assert.Equal([new DateOnly(2026, 1, 27), new DateOnly(2026, 1, 28)], metadata.VisitDates);
        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.FullInspection && v.MonthOnly && v.FirstDay == new DateOnly(2023, 11, 1));
    }

    [Fact]
    public void ASlideDeckForACommitteeIsACommitteePaperOfItsMeetingsDateWhateverItsBulletsAndTablesSay()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Ofsted inspection of children's services: what it found and what happens next",
            "Children and Young People Scrutiny Committee, Dunmarsh Borough Council, 21 January 2026",
            "---",
            "# The inspection at a glance",
            "- Inspection of local authority children's services (ILACS), 3 to 14 November 2025",
            "- Report published on 16 December 2025",
            "---",
            "# Our response: where we are now",
            "| Action | Lead | Due | RAG",
            "| Open two new children's homes | Head of commissioning | Sep 2026 | Amber",
            "| Recruit twenty more foster carers | Fostering manager | Mar 2026 | Red",
            "| Agree a health assessment pathway | Designated nurse | Feb 2026 | Green"));

        Assert.Equal(DocumentKinds.CommitteeReport, metadata.Kind);
        Assert.Equal(new DateOnly(2026, 1, 21), metadata.DocumentDate);
        Assert.Contains(metadata.Visits, v => v.Kind == VisitKinds.FullInspection && v.FirstDay == new DateOnly(2025, 11, 3) && v.Dates[^1] == new DateOnly(2025, 11, 14));
    }

    [Fact]
    public void AnEmailIsTitledByItsSubjectWithoutTheReplyAndForwardMarks()
    {
        var blocks = Blocks.Document("Thanks Mina, this is really helpful.", "Dear all, the letter from the visit is pasted below.");
        var email = new ExtractedDocument("email.html", FileFormat.Html, 1, blocks.Blocks, "RE: FW: Ofsted monitoring visit letter - Tollbridge");

        var headed = Blocks.Document("# Fwd: Re: Ofsted monitoring visit letter - Tollbridge", "Thanks Mina, this is really helpful.");

        Assert.Equal("Ofsted monitoring visit letter - Tollbridge", _enricher.Enrich(email).Title);
        Assert.Equal("Ofsted monitoring visit letter - Tollbridge", _enricher.Enrich(headed).Title);
    }

    [Fact]
    public void ADeclaredTitleOfOneWordGivesWayToTheOpeningLine()
    {
        var blocks = Blocks.Document(
            "Whitcombe Council",
            "Whitcombe children's services self-evaluation 2025 to 2026",
            "30 January 2026",
            "1.1 This self-evaluation sets out what we know about the quality of our social work practice.");
        var file = new ExtractedDocument("sef.docx", FileFormat.Docx, 1, blocks.Blocks, "SEF");

        Assert.Equal("Whitcombe children's services self-evaluation 2025 to 2026", _enricher.Enrich(file).Title);
    }

    [Theory]
    [InlineData("Audit template v4")]
    [InlineData("Copy of case audit form")]
    [InlineData("Untitled document")]
    [InlineData("Case audit form version 2")]
    public void ATemplatesOrVersionsDeclaredNameGivesWayToTheOpeningLine(string declared)
    {
        var blocks = Blocks.Document(
            "Moorcross City Council \u00B7 Children's Social Care \u00B7 Quality Assurance",
            "Case file audit: child protection",
            "Complete every field. Do not record names; use initials and the case number only.");
        var form = new ExtractedDocument("audit.docx", FileFormat.Docx, 1, blocks.Blocks, declared);
        var named = new ExtractedDocument("audit.docx", FileFormat.Docx, 1, blocks.Blocks, "Child protection audit of the North team");

        Assert.Equal("Case file audit: child protection", _enricher.Enrich(form).Title);
        Assert.Equal("Child protection audit of the North team", _enricher.Enrich(named).Title);
    }

    [Fact]
    public void ADeclaredTitleGivesWayToTheOpeningLineThatSpellsItOut()
    {
        // Round 14's Tenterby audit: Word's properties say only what kind of document it is; the opening lines say what about.
        var blocks = Blocks.Document(
            "Tenterby City Council",
            "Children's Social Care Quality Assurance Service",
            "Thematic audit of return home interviews for children who go missing",
            "Date of report: 9 March 2026",
            "1.1 This audit looked at whether children who go missing are offered a return home interview, and how quickly.");
        var audit = new ExtractedDocument("audit.docx", FileFormat.Docx, 1, blocks.Blocks, "Thematic audit report");
        var other = new ExtractedDocument("audit.docx", FileFormat.Docx, 1, blocks.Blocks, "Return home interviews audit");

        Assert.Equal("Thematic audit of return home interviews for children who go missing", _enricher.Enrich(audit).Title);
        Assert.Equal("Return home interviews audit", _enricher.Enrich(other).Title);
    }

    [Fact]
    public void ATitleWrappedBeforeAWordThatCouldHeadASectionIsReadWhole()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "Kelderby Council | Self-evaluation summary 2025 to 2026",
            "# Self-evaluation of children's services:",
            "# summary 2025 to 2026",
            "This summary sets out what we know about the difference our services make to children and families in Kelderby."));

        Assert.Equal("Self-evaluation of children's services: summary 2025 to 2026", metadata.Title);
    }

    [Theory]
    [InlineData("Piccadilly Gate, Store Street, Manchester M1 2WD T 0300 123 1231 www.gov.uk/ofsted")]
    [InlineData("Civic Centre, Oxley OX9 4DF")]
    [InlineData("Telephone 01632 960772, email childrens.services@oxley.example")]
    public void ALetterheadsContactLineUnderTheLogoIsNoTitle(string contact)
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "## Ofsted",
            contact,
            "18 February 2026",
            "Dear Mr Lindqvist",
            "#### Monitoring visit to Brantwick children's services",
            "This letter summarises the findings of the monitoring visit to Brantwick children's services on 20 and 21 January 2026."));

        Assert.Equal("Monitoring visit to Brantwick children's services", metadata.Title);
    }

    [Fact]
    public void ADocumentWithoutHeadingsIsTitledByItsFirstLineBelowItsMarkingAndCouncil()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "OFFICIAL-SENSITIVE",
            "Kestleford Borough Council",
            "Case file audit: child in need",
            "Child: L.M. DOB 03/05/2014",
            "The plan does not say what must change by the next review, so it is hard to tell whether things are better."));
        var prose = _enricher.Enrich(Blocks.Document(
            "Kestleford Borough Council",
            "The panel met on 3 November 2025 and agreed the plan for the coming year.",
            "Case file audit notes for the panel"));

        Assert.Equal("Case file audit: child in need", metadata.Title);
        // Below the text's first sentence a short line opens a section, not the document.
        Assert.Null(prose.Title);
    }

    [Theory]
    [InlineData("SALLOWFIELD CITY COUNCIL · CHILDREN'S SCRUTINY COMMITTEE")]
    [InlineData("SALLOWFIELD CITY COUNCIL . CHILDREN'S SCRUTINY COMMITTEE")]
    public void AMastheadSettingTheCouncilBesideItsCommitteeNamesTheCouncil(string masthead)
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "## " + masthead,
            "# Front door focused visit: a steady year of progress",
            "Ofsted carried out a focused visit to Sallowfield's front door on 13 and 14 January 2026."));

        Assert.Equal("Sallowfield City Council", metadata.Organisation);
    }

    [Fact]
    public void ADocumentWithoutHeadingsIsTitledByItsOpeningLineNotItsFileName()
    {
        var plain = _enricher.Enrich(Blocks.Document("Case audit: missing episodes and return home interviews", "Every missing episode was followed by an interview within 72 hours."));
        var sentence = _enricher.Enrich(Blocks.Document("The panel met on 3 November 2025 and agreed the plan.", "Every missing episode was followed by an interview."));
        var alone = _enricher.Enrich(Blocks.Document("Case audit notes"));

        Assert.Equal("Case audit: missing episodes and return home interviews", plain.Title);
        // A first line that is a sentence, or the only line, is not taken for a title: the file's name stands.
        Assert.Null(sentence.Title);
        Assert.Null(alone.Title);
    }

    [Fact]
    public void MeetingDateNearTheTopWinsOverEarlierDates()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "Agenda published on: 4 October 2021",
            "The meeting will be held at 7.00 pm on 12 October 2021",
            "To approve the minutes of the meeting held on 13 July 2021."));

        Assert.Equal(new DateOnly(2021, 10, 12), metadata.DocumentDate);
    }

    [Theory]
    [InlineData("31/02/2021")]
    [InlineData("the 2021/22 budget")]
    [InlineData("version 4.7")]
    public void ImpossibleOrPartialDatesAreNotDates(string line)
    {
        var metadata = _enricher.Enrich(Blocks.Document(line));

        Assert.Null(metadata.DocumentDate);
    }

    [Theory]
    [InlineData("Services provided by Kent County Council to children. Kent County Council reports yearly.", "Kent County Council")]
    [InlineData("The London Borough of Hackney has improved. The London Borough of Hackney will report again.", "London Borough of Hackney")]
    [InlineData("City of York Council children's services.", "City of York Council")]
    [InlineData("Work with the CCG and Medway Council. Medway Council and Kent County Council agreed.", "Medway Council")]
    [InlineData("Brighton and Hove City Council children's services.", "Brighton and Hove City Council")]
    [InlineData("The Council agreed the budget. The County Council noted it.", null)]
    [InlineData("The Medway Children and Young People's Council met twice.", null)]
    public void OrganisationIsTheCouncilNamedMostOften(string text, string? organisation)
    {
        Assert.Equal(organisation, _enricher.Enrich(Blocks.Document(text)).Organisation);
    }

    [Theory]
    [InlineData("SOUTHEND-ON-SEA CITY COUNCIL", "Southend-on-Sea City Council")]
    [InlineData("BROMLEY COUNCIL", "Bromley Council")]
    [InlineData("LONDON BOROUGH OF BARKING AND DAGENHAM", "London Borough of Barking and Dagenham")]
    [InlineData("EAST SUSSEX COUNTY COUNCIL", "East Sussex County Council")]
    public void CouncilInTheLetterheadWinsOverCouncilsQuotedInTheText(string letterhead, string organisation)
    {
        var metadata = _enricher.Enrich(Blocks.Document(letterhead, "Cabinet", "Medway Council and Kent County Council shared practice. Medway Council hosted the visit."));

        Assert.Equal(organisation, metadata.Organisation);
    }

    [Theory]
    [InlineData(DocumentKinds.SelfEvaluation, "# Annual self-evaluation of social work practice 2023", "Leaders know their services well.")]
    [InlineData(DocumentKinds.Audit, "# Thematic audit: neglect", "Twelve cases were audited.")]
    [InlineData(DocumentKinds.ImpactStatement, "# SEND impact statement", "Since the inspection we have improved.")]
    [InlineData(DocumentKinds.ActionPlan, "# Written Statement of Action", "Action 1: records.")]
    [InlineData(DocumentKinds.PerformanceData, "# Children's services scorecard, quarter 3", "Re-referrals fell.")]
    [InlineData(DocumentKinds.Minutes, "Minutes of the Corporate Parenting Panel held on 3 May 2023", "Present: Councillors A and B.")]
    [InlineData(DocumentKinds.CommitteeReport, "CABINET", "7 APRIL 2020", "Portfolio Holder: Councillor Mrs A Person", "Report from: A Director")]
    [InlineData(DocumentKinds.CommitteeReport, "Children's Services Overview and Scrutiny Committee", "Self-evaluation update", "Report of: Assistant Director", "Wards and communities affected: All")]
    [InlineData(DocumentKinds.Other, "# Staff newsletter", "Welcome to the spring edition.")]
    public void DocumentKindComesFromTitleAndOpeningCues(string kind, params string[] lines)
    {
        Assert.Equal(kind, _enricher.Enrich(Blocks.Document(lines)).Kind);
    }

    [Fact]
    public void ACouncilsPageListingPastInspectionsIsNeitherTheirReportNorTheirLetter()
    {
        // A council's "Ofsted and inspection" page: its own text, then each past inspection with its dates under a heading.
        var file = Blocks.Document(
            "# Ofsted and inspection",
            "Ofsted inspects the council's services for children who need help and protection, children in care and care leavers.",
            "Our most recent full inspection took place from 2 to 13 February 2026. The report was published on 18 March 2026.",
            "You can read each letter and report below.",
            "## Past inspections and visits",
            "Inspection dates: 2 to 13 February 2026. Overall effectiveness: good.",
            "Inspectors found that children are helped early.",
            "Read the February 2026 report on Ofsted's website",
            "The previous full inspection took place in May 2021.",
            "Last updated: 20 March 2026");
        var report = Blocks.Document(
            "# Inspection of Saltmarsh local authority children's services",
            "Inspection dates: 2 to 13 February 2026",
            "Lead inspector: Kamala Reid, His Majesty's Inspector",
            "## Judgement",
            "Overall effectiveness: good. Children are helped early by family hubs that work closely with schools.");

        var page = _enricher.Enrich(file);

        Assert.Equal(DocumentKinds.Other, page.Kind);
        Assert.Equal(new DateOnly(2026, 3, 20), page.DocumentDate);
        Assert.Equal(DocumentKinds.InspectionLetter, _enricher.Enrich(report).Kind);
    }

    [Fact]
    public void AnEmailForwardingALetterToAPanelIsAnEmail()
    {
        var email = Blocks.Document(
            "# RE: FW: Ofsted monitoring visit letter - Tollbridge",
            "| From: | Josie Pemberton",
            "| Sent: | 12 March 2026 11:15",
            "| To: | Mina Achterberg; Corporate Parenting Panel",
            "| Subject: | RE: FW: Ofsted monitoring visit letter - Tollbridge",
            "Could we put the letter on the agenda for the corporate parenting panel, so that members can ask about it?",
            "Cllr Josie Pemberton, Lead Member for Children and Families",
            "Dear Rowan",
            "This letter summarises the findings of the monitoring visit to Tollbridge children's services on 10 and 11 February 2026.");
        var cover = Blocks.Document(
            "To: Corporate Parenting Panel",
            "From: Director of Children's Services",
            "Date: 12 March 2026",
            "Subject: Ofsted monitoring visit letter",
            "Report of: Rowan Tilbury, Director of Children's Services",
            "Wards and communities affected: All",
            "This report tells the panel what inspectors found at their monitoring visit in February 2026.");

        Assert.Equal(DocumentKinds.Other, _enricher.Enrich(email).Kind);
        Assert.Equal(DocumentKinds.CommitteeReport, _enricher.Enrich(cover).Kind);
    }

    [Fact]
    public void PlanWithRagRatedActionTableIsAnActionPlan()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Priority 1: the front door",
            "Leaders will improve the timeliness of decisions at the front door.",
            "| Action | Owner | Due | RAG",
            "| 1.1 Review MASH thresholds with partners | Head of MASH | 31/03/2023 | Green",
            "| 1.2 Audit repeat contacts monthly | QA manager | 30/04/2023 | Amber",
            "| 1.3 Recruit permanent team managers | Service manager | 30/06/2023 | Red"));

        Assert.Equal(DocumentKinds.ActionPlan, metadata.Kind);
    }

    [Fact]
    public void ReportMentioningARevisitTakesItsDatesAndTheEarlierInspection()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "The local area was inspected by Ofsted and the Care Quality Commission from 4 to 8 December 2017.",
            "The inspection letter was published on 8 February 2018.",
            "Between 9 and 11 December 2019, Ofsted and the CQC revisited the area."));

        Assert.Equal(2, metadata.Visits.Count);
        Assert.Equal(VisitKinds.AreaSendInspection, metadata.Visits[0].Kind);
        Assert.Equal(5, metadata.Visits[0].Dates.Count);
        Assert.Equal(VisitKinds.SendRevisit, metadata.VisitKind);
        Assert.Equal(new DateOnly(2019, 12, 9), metadata.VisitDates[0]);
    }

    [Fact]
    public void PlanTitledSoIsAnActionPlanEvenWhenItsOpeningNamesTheCommitteeItGoesTo()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Ravensmoor children's services action plan: update for the corporate parenting panel",
            "Ravensmoor Council, report to the Corporate Parenting Panel, 14 January 2026",
            "| No. | What we will do | Lead | Due | RAG",
            "| 1.1 | Open two more family hubs | Head of early help | 31/03/2026 | Green",
            "| 1.2 | Train health visitors in early help assessment | Principal social worker | 30/04/2026 | Amber",
            "| 2.1 | Offer every child a return home interview | Head of service | 28/02/2026 | Red"));

        Assert.Equal(DocumentKinds.ActionPlan, metadata.Kind);
    }

    [Theory]
    [InlineData("## Appendix A: actions added after the focused visit", DocumentKinds.CommitteeReport)]
    [InlineData("## Actions added after the focused visit", DocumentKinds.ActionPlan)]
    public void CommitteeReportThatAppendsThePlansTableIsACommitteeReport(string heading, string kind)
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Ofsted focused visit and improvement plan update",
            "Report to: Children and Young People Scrutiny Committee",
            "Date of meeting: 24 September 2024",
            "1.1 This report tells the committee what Ofsted found at its focused visit and how the improvement plan has changed.",
            "---",
            heading,
            "| Ref | Action | Lead officer | Due by | RAG",
            "| FV1 | Offer every child a return home interview | Head of service | 31/10/2024 | Amber",
            "| FV2 | Audit return home interviews monthly | Head of quality assurance | 30/09/2024 | Green",
            "| FV3 | Send managers a weekly list of overdue interviews | Commissioning manager | 31/08/2024 | Red"));

        Assert.Equal(kind, metadata.Kind);
    }

    [Fact]
    public void CommitteeReportAboutAPlanWithoutRatedRowsStaysACommitteeReport()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Improvement plan: progress report to cabinet",
            "Report of: Director of Children's Services",
            "Key decision: No",
            "The plan has moved on since the last report and most actions are on track."));

        Assert.Equal(DocumentKinds.CommitteeReport, metadata.Kind);
    }

    [Fact]
    public void AScansStrayFullStopInsideATitleIsDropped()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Joint targeted area inspection of the response to children who are victims. of domestic abuse in Harbourside",
            "This letter summarises the findings."));

        Assert.Equal("Joint targeted area inspection of the response to children who are victims of domestic abuse in Harbourside", metadata.Title);
    }

    [Fact]
    public void TitleIsTheLargerReportTitleNotTheLongCommitteeNameAboveIt()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "## Calderbrook Metropolitan Borough Council Children and Young People Scrutiny Committee",
            "Date of meeting: 9 July 2025",
            "# Ofsted monitoring visit to children's services: outcome and response",
            "# 1. Purpose of the report",
            "This report informs the committee of the outcome of the monitoring visit."));

        Assert.Equal("Ofsted monitoring visit to children's services: outcome and response", metadata.Title);
    }

    [Fact]
    public void TitleOfAPublicationIsItsLeadHeadlineNotItsMastheadOrIssueLine()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Practice Matters Weekly Digest",
            "The newsletter for children's social care staff, issue 14, published 12 September 2025",
            "## Learning from our front door audit",
            "Every year we look closely at a sample of the contacts that reach our front door."));

        Assert.Equal("Learning from our front door audit", metadata.Title);
    }

    [Fact]
    public void SectionHeadingsAfterTheTextHasBegunAreNotTitles()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Children and Young People Overview and Scrutiny Committee",
            "This report sets out the work of the service over the last year and what comes next.",
            "# Lead officer contact",
            "Wendy Vincent, Head of Service"));

        Assert.Equal("Children and Young People Overview and Scrutiny Committee", metadata.Title);
    }

    [Fact]
    public void ANewsletterAboutAnAuditIsNotAnAudit()
    {
        var metadata = _enricher.Enrich(Blocks.Document(
            "# Practice matters",
            "Bulletin of the Fenwick Vale Safeguarding Children Partnership, issue 7, published 20 March 2026",
            "## Multi-agency audit of neglect cases",
            "In January practitioners from five agencies read twenty cases together."));

        Assert.Equal(DocumentKinds.Other, metadata.Kind);
    }
}

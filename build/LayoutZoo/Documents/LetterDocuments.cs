using SampleEvidence.Model;

namespace LayoutZoo.Documents;

/// <summary>Letters and reports laid out by the sample generator's renderers (PdfPig's writer, OpenXml), one column each.</summary>
internal static class LetterDocuments
{
    private static readonly string[] OfstedLetterhead = ["Ofsted", "Agora", "6 Cumberland Place", "Nottingham", "NG1 6HJ", "T 0300 123 1231", "www.gov.uk/ofsted"];

    public static SampleDocument SendLetter() =>
        new SampleDocument("send-2016-letter-dunmere.pdf", "Joint local area SEND inspection in Dunmere", new DateOnly(2018, 1, 26)) { Author = "Ofsted" }
        .RightLines(OfstedLetterhead)
        .Lines("26 January 2018")
        .Lines("Mrs Alison Kerr", "Director of Children's Services", "Dunmere Borough Council", "Town Hall", "Dunmere DN1 4RT")
        .Lines("Dear Mrs Kerr")
        .H2("Joint local area SEND inspection in Dunmere")
        .P("Between 27 November 2017 and 1 December 2017, Ofsted and the Care Quality Commission (CQC) conducted a joint inspection of the local area of Dunmere to judge the effectiveness of the area in implementing the disability and special educational needs reforms as set out in the Children and Families Act 2014.")
        .P("As a result of the findings of this inspection and in accordance with the Children Act 2004, Her Majesty's Chief Inspector has determined that a written statement of action is required because of significant areas of weakness in the local area's practice.")
        .P("In reaching their judgements, inspectors took account of the views of parents and carers, children and young people, and of leaders across education, health and care.")
        .H2("Main findings")
        .P("Leaders in the local area have an inaccurate view of its effectiveness. Their self-evaluation does not draw on the experiences of families, and plans for improvement are not sharply focused.")
        .P("Early identification of needs in the early years is a strength. Health visitors and early years settings work closely together, and children's needs are often spotted before they start school.")
        .P("The local area has the following areas of significant weakness:")
        .Bullets(
            "the lack of an accurate self-evaluation shared by leaders across education, health and care;",
            "the poor timeliness and quality of education, health and care plans;",
            "the weak involvement of parents and carers in shaping services.")
        .P("Yours sincerely")
        .Lines("Thomas Wyatt", "Her Majesty's Inspector");

    public static SampleDocument FocusedVisit() =>
        new SampleDocument("focused-visit-letter-northmoor.pdf", "Focused visit to Northmoor children's services", new DateOnly(2024, 12, 2)) { Author = "Ofsted" }
        .RightLines(OfstedLetterhead)
        .Lines("2 December 2024")
        .Lines("Mr Daniel Osei", "Director of Children's Services", "Northmoor Council", "County Hall", "Northmoor NM2 8LP")
        .Lines("Dear Mr Osei")
        .H2("Focused visit to Northmoor children's services")
        .P("This letter summarises the findings of the focused visit to Northmoor children's services on 5 and 6 November 2024. His Majesty's Inspectors for this visit were Grace Whitfield and Tom Ashby.")
        .P("Inspectors looked at the local authority's arrangements for the front door, including contacts, referrals and strategy discussions.")
        .H2("Headline findings")
        .P("Since the inspection in June 2022, when services were judged to be good, leaders have maintained a strong front door. Most children receive a timely and proportionate response when concerns are first raised.")
        .H2("What needs to improve in this area of social work practice?")
        .Bullets(
            "The recording of parental consent when information is shared with partner agencies.",
            "The timeliness of strategy discussions for children who are already open to early help.")
        .H2("Main findings")
        .P("Contacts are screened quickly by experienced social workers. Partners understand thresholds and make appropriate referrals.")
        .P("When consent is not sought, the reasons are not always recorded. This means that managers cannot be sure that the decision to share information without consent was justified.")
        .P("Ofsted will take the findings from this focused visit into account when planning your next inspection or visit.")
        .Lines("Yours sincerely")
        .Lines("Grace Whitfield", "His Majesty's Inspector");

    public static SampleDocument CabinetPack() =>
        new SampleDocument("cabinet-agenda-pack-harbourside.pdf", "Cabinet agenda 15 October 2025", new DateOnly(2025, 10, 15)) { Author = "Harbourside Council", RunningHeader = "Harbourside Council Cabinet, 15 October 2025" }
        .H1("Harbourside Council")
        .H1("Cabinet")
        .Lines("Date of meeting: 15 October 2025", "Venue: Council Chamber, Harbourside Civic Offices")
        .H2("Agenda")
        .Steps("Apologies for absence", "Minutes of the meeting held on 10 September 2025", "Outcome of the joint targeted area inspection", "Budget monitoring, quarter 1")
        .PageBreak()
        .H1("Outcome of the joint targeted area inspection")
        .Lines("Report of: Director of Children's Services", "Cabinet member: Councillor Ruth Adeyemi")
        .Section("Summary")
        .Np("Between 9 and 13 June 2025, Ofsted, the Care Quality Commission, His Majesty's Inspectorate of Constabulary and Fire and Rescue Services and His Majesty's Inspectorate of Probation carried out a joint targeted area inspection of the response to children who are victims of domestic abuse.")
        .Np("Ofsted found that the quality of risk assessments is weaker when a perpetrator returns to the family home.")
        .Np("Inspectors noted that therapeutic support for children is hard to obtain once the abuse has stopped.")
        .Section("Response")
        .Np("A multi-agency action plan has been agreed by the safeguarding partnership and is attached at appendix A. Progress will be reported to this cabinet in six months.")
        .PageBreak()
        .H1("Budget monitoring, quarter 1")
        .Lines("Report of: Director of Finance")
        .Section("Summary")
        .Np("The children's services budget is forecast to overspend by 2.1 million pounds, mainly because of the cost of residential placements.")
        .Np("Cabinet is asked to note the forecast and the actions being taken to reduce it.");

    public static SampleDocument SelfEvaluation() =>
        new SampleDocument("self-evaluation-eastholme.docx", "Self-evaluation of social work practice 2025", new DateOnly(2025, 9, 12)) { Author = "Eastholme Council" }
        .H1("Self-evaluation of social work practice 2025")
        .Lines("Eastholme Council children's services", "Date: 12 September 2025")
        .Section("Introduction")
        .Np("This self-evaluation sets out what we know about the quality and impact of social work practice in Eastholme, and what we are doing to improve it.")
        .Np("It draws on our audits, our performance data and what children, families and staff have told us during the year.")
        .Section("Help and protection")
        .Np("Our front door is timely. Ninety-four per cent of contacts are decided within one working day, and re-referrals have fallen for the third year running.")
        .Table([3, 1, 1, 1], ["Measure", "2023-24", "2024-25", "Comparator"],
            ["Contacts decided within one working day", "88%", "94%", "90%"],
            ["Re-referrals within 12 months", "21%", "18%", "22%"],
            ["Child protection plans lasting over two years", "4%", "3%", "3%"])
        .Np("We know that the quality of child protection plans varies between teams. Our audits found that a third of plans did not say clearly what needed to change.")
        .Section("Children in care")
        .Np("Most children in care live in stable homes, and more of them now live within twenty miles of Eastholme than two years ago.")
        .Section("Our priorities")
        .Steps(
            "Improve the clarity of child protection plans.",
            "Recruit more foster carers for teenagers.",
            "Reduce the use of agency social workers.");

    public static SampleDocument MonitoringVisit() =>
        new SampleDocument("monitoring-visit-letter-kingsmere.docx", "Monitoring visit to Kingsmere children's services", new DateOnly(2024, 4, 23)) { Author = "Ofsted" }
        .RightLines(OfstedLetterhead)
        .Lines("23 April 2024")
        .Lines("Ms Farah Siddiqui", "Director of Children's Services", "Kingsmere Council", "Guildhall", "Kingsmere KM4 2QQ")
        .Lines("Dear Ms Siddiqui")
        .H2("Monitoring visit to Kingsmere children's services")
        .P("This letter summarises the findings of the monitoring visit to Kingsmere children's services on 26 and 27 March 2024. This was the second monitoring visit since the local authority was judged inadequate in July 2023.")
        .P("Inspectors reviewed the progress made in the quality and impact of services for children in need and those subject to a child protection plan.")
        .H2("Headline findings")
        .P("Leaders have made steady progress since the last monitoring visit in November 2023. Caseloads have reduced and most children are now visited regularly.")
        .P("However, the quality of assessments remains too variable, and some children wait too long for their plans to be reviewed.")
        .P("Ofsted will continue to monitor the progress of the local authority through further monitoring visits.")
        .Lines("Yours sincerely")
        .Lines("Patrick Mallon", "His Majesty's Inspector");

    public static SampleDocument FocusedVisitMonthOnly() =>
        new SampleDocument("focused-visit-letter-month-only-elmbridge.pdf", "Focused visit to Elmbridge children's services", new DateOnly(2025, 4, 17)) { Author = "Ofsted" }
        .RightLines(OfstedLetterhead)
        .Lines("17 April 2025")
        .Lines("Ms Helen Marsh", "Interim Director of Children's Services", "Elmbridge County Council", "County Offices", "Elmbridge EL3 9QA")
        .Lines("Dear Ms Marsh")
        .H2("Focused visit to Elmbridge children's services")
        .P("This letter summarises the findings of the focused visit to Elmbridge children's services, carried out in March 2025. His Majesty's Inspectors for this visit were Rachel Okafor and Simon Pryce.")
        .P("Inspectors looked at the arrangements for care leavers, including pathway planning, accommodation and support into education, employment or training.")
        .H2("Headline findings")
        .P("Services for care leavers have weakened since the last inspection in October 2022, when the experiences and progress of care leavers were judged to require improvement to be good. Personal advisers have high caseloads, and too many young people do not know who their adviser is.")
        .H2("What needs to improve in this area of social work practice?")
        .Bullets(
            "The quality and timeliness of pathway plans, so that they reflect young people's current needs and wishes.",
            "The availability of suitable accommodation for care leavers who are not ready to live on their own.",
            "The help care leavers receive to take up education, employment or training.")
        .H2("Main findings")
        .P("Pathway plans are often written late and are not updated when a young person's circumstances change. Young people told inspectors that they had not been asked about their plans.")
        .P("A small number of care leavers were living in unsuitable bed and breakfast accommodation during the visit. Senior leaders acted quickly when inspectors raised this.")
        .P("Ofsted will take the findings from this focused visit into account when planning your next inspection or visit.")
        .Lines("Yours sincerely")
        .Lines("Rachel Okafor", "His Majesty's Inspector");

    public static SampleDocument CommitteeReportQuotingMonitoringVisit() =>
        new SampleDocument("committee-report-monitoring-visit-quotes-kestrel.docx", "Ofsted monitoring visit: findings and next steps", new DateOnly(2025, 12, 9)) { Author = "Kestrel Borough Council" }
        .H1("Ofsted monitoring visit: findings and next steps")
        .Lines("Children and Young People Scrutiny Committee", "Kestrel Borough Council", "Date of meeting: 9 December 2025", "Report of: Corporate Director, Children and Families")
        .Section("Purpose of the report")
        .Np("This report tells the committee what Ofsted found when it carried out the third monitoring visit to children's services on 14 and 15 October 2025, and what we are doing in response.")
        .Section("Background")
        .Np("Children's services in Kestrel were judged inadequate when Ofsted inspected them in February 2024. Since then inspectors have made monitoring visits in July 2024 and March 2025.")
        .Section("What the inspectors found")
        .Np("The visit looked at children in need of help and protection, and at the quality of management oversight.")
        .Np("Inspectors reported that social workers now visit most children regularly and know them well.")
        .Np("The letter states that strategy discussions are held promptly and involve the right partners.")
        .Np("In their letter, inspectors highlighted that too many child protection plans do not say clearly what must change for the child.")
        .Np("Ofsted also said that supervision is not always recorded, so it is not clear how managers direct the work.")
        .Section("Recommendation")
        .Np("The committee is asked to note the findings of the monitoring visit and the actions in the improvement plan.");

    public static SampleDocument MonitoringVisitRecallingEarlierVisits() =>
        new SampleDocument("monitoring-visit-letter-earlier-visits-larchester.pdf", "Monitoring visit to Larchester children's services", new DateOnly(2026, 1, 14)) { Author = "Ofsted" }
        .RightLines(OfstedLetterhead)
        .Lines("14 January 2026")
        .Lines("Mr Daniel Achterberg", "Director of Children's Services", "Larchester City Council", "Civic Centre", "Larchester LR1 5TD")
        .Lines("Dear Mr Achterberg")
        .H2("Monitoring visit to Larchester children's services")
        .P("This letter summarises the findings of the monitoring visit to Larchester children's services on 2 and 3 December 2025. It was the fourth such visit since the local authority's services were judged inadequate at the inspection of May 2023.")
        .P("Inspectors previously visited in October 2023, in March 2024 and on 10 and 11 December 2024. On this occasion His Majesty's Inspectors Grace Whitlow and Amir Haddad looked at the experiences of children who are privately fostered and of children in care who are placed with their parents.")
        .H2("Headline findings")
        .P("Since the inspectors' last visit a year ago, leaders have strengthened the way the service finds out about private fostering arrangements. Most of these children are now visited within the required timescales.")
        .P("Children placed with their parents under a care order are seen often, but the plans for most of them have not been reviewed to decide whether the order is still needed.")
        .P("Ofsted will continue to monitor the progress of the local authority through further monitoring visits.")
        .Lines("Yours sincerely")
        .Lines("Grace Whitlow", "His Majesty's Inspector");

    public static SampleDocument FocusedVisitListingActivity() =>
        new SampleDocument("focused-visit-letter-activity-list-penhallow.pdf", "Focused visit to Penhallow children's services", new DateOnly(2026, 3, 11)) { Author = "Ofsted" }
        .RightLines(OfstedLetterhead)
        .Lines("11 March 2026")
        .Lines("Ms Ruth Trevena", "Director of Children's Services", "Penhallow Council", "Lys Kernow House", "Penhallow PH4 2QA")
        .Lines("Dear Ms Trevena")
        .H2("Focused visit to Penhallow children's services")
        .P("This letter summarises the findings of the focused visit to Penhallow children's services on 10 and 11 February 2026. His Majesty's Inspectors for this visit were Owen Pascoe and Leila Brandt.")
        .P("The local authority's services were judged to require improvement to be good at the inspection of January 2024. Since then, Ofsted's activity in Penhallow has been:")
        .Bullets(
            "a focused visit in September 2024, which looked at children in need and those subject to a child protection plan;",
            "a joint targeted area inspection from 7 to 11 April 2025, about children at risk of criminal exploitation.")
        .P("Inspectors looked at the experiences of disabled children, including those who receive short breaks.")
        .H2("What needs to improve in this area of social work practice?")
        .Bullets(
            "The timeliness of assessments for disabled children whose needs change.",
            "The planning for disabled young people as they approach adulthood.")
        .H2("Main findings")
        .P("Disabled children are seen regularly by social workers who know them well and who use a range of ways to find out what they think.")
        .P("When a child's needs change, assessments are not always updated quickly, so that some families wait too long for extra help.")
        .P("Ofsted will take the findings from this focused visit into account when planning your next inspection or visit.")
        .Lines("Yours sincerely")
        .Lines("Owen Pascoe", "His Majesty's Inspector");

    /// <summary>The sentences of a sample document's paragraphs and list items.</summary>
    public static IEnumerable<string> SentencesOf(SampleDocument document) =>
        document.Blocks.SelectMany(block => block switch
        {
            ParagraphBlock paragraph when paragraph.Text != "Yours sincerely" => Sentences.Split(paragraph.Text),
            ListBlock list => list.Items,
            _ => [],
        });
}

using SampleEvidence.Model;

namespace SampleEvidence.Samples;

/// <summary>An ILACS focused-visit letter on extra-familial harm and children who go missing.</summary>
internal static class FocusedVisitLetter
{
    public static SampleDocument Create() =>
        new SampleDocument("ofsted-focused-visit-letter-2025-07.pdf", "Focused visit to Harrowden Borough Council children's services", new DateOnly(2025, 7, 15))
        {
            Author = "Ofsted",
            Subject = "ILACS focused visit, 10 and 11 June 2025: children at risk of exploitation and extra-familial harm, including children who go missing",
        }
        .RightLines(Harrowden.OfstedLetterhead)
        .Lines("15 July 2025")
        .Lines(Harrowden.DcsAddress)
        .Lines("Dear Eleanor")
        .H2("Focused visit to Harrowden Borough Council children's services")
        .P("This letter summarises the findings of the focused visit to Harrowden Borough Council children's services on 10 and 11 June 2025. His Majesty's Inspectors for this visit were Catherine Lowther and Simon Hale.")
        .P("Inspectors looked at the local authority's arrangements for children at risk of exploitation and extra-familial harm, including children who go missing from home or from care.")
        .P("This visit was carried out in line with the inspection of local authority children's services (ILACS) framework. Inspectors considered a range of evidence, including electronic case records, performance information and the local authority's own audits. They spoke with social workers, personal advisers, the Horizons exploitation and missing team, managers and leaders, and with partners from the police and the youth justice service.")
        .H2("Headline findings")
        .P("Since the inspection in November 2024, when children's services were judged to require improvement to be good, leaders have continued to strengthen the response to children at risk of harm outside the home. The creation of the Horizons team has brought specialist workers, youth workers and a police liaison officer together, and children who are at the highest risk of exploitation now receive a well-coordinated and persistent response. Relationships between workers and children are a clear strength: many children told their workers that they trusted them. However, the response to children who go missing is not consistently strong. Too many return home interviews are not offered quickly enough, and the information gathered from them is not routinely used to update children's plans or to disrupt the adults who pose a risk to them. Management oversight is visible on most records, but supervision does not always challenge drift when risks to a child increase.")
        .H2("What needs to improve in this area of social work practice?")
        .Bullets(
            "The timeliness of return home interviews for children who go missing, and the use of the information they provide to update children's plans and to inform disruption activity.",
            "The quality and consistency of management oversight and supervision, so that plans for children at risk of exploitation are reviewed promptly when risks escalate.",
            "Planning for 17-year-olds at risk of exploitation as they approach adulthood, including the timely involvement of adult services where children will need continuing support.")
        .H2("Main findings")
        .P("Children at risk of exploitation are identified quickly at the front door. Contacts from the police and schools that indicate exploitation risk are screened on the same day by experienced practitioners in the multi-agency safeguarding hub (MASH), and thresholds are understood and applied well. When risks are high, strategy discussions are convened promptly and are well attended by police, health and education partners.")
        .P("The exploitation risk assessment tool introduced in autumn 2024 is used well by most practitioners. Assessments consider the child's history, their friendships, the places where they spend time and the people who may be exploiting them. In a small number of cases, assessments were not updated after significant events, such as an arrest or a new missing episode, which meant that plans did not reflect the child's current circumstances.")
        .P("The multi-agency child exploitation (MACE) meeting provides a strong strategic overview of children, peer groups and locations of concern. Mapping of exploitation hotspots is shared with community safety colleagues and has led to effective disruption work, including closure orders on two addresses used to exploit children. The link between this strategic work and individual children's plans is not always clear in records.")
        .P("Children who go missing from home or care are not consistently offered a return home interview within 72 hours. Performance information shows that only 69% of interviews were offered within this timescale in the quarter before the visit. When interviews take place, they are mostly completed by a worker the child knows, and children are encouraged to talk about why they went missing and what would help. However, the learning from these conversations is not always recorded on the child's file or passed to the social worker, and it is not used well enough to inform safety planning or to identify the adults and places that pose a risk.")
        .P("Social workers know their children well and visit them regularly, often more frequently than required. They are creative and persistent in engaging children who are reluctant to work with professionals, using activities and meeting in places where children feel safe. Children's views are evident in assessments and plans, and many records are written sensitively to the child.")
        .P("Most children at risk of exploitation have plans that address the risks they face, but the quality of plans varies. Stronger plans set out clear actions for each agency and contingency arrangements for when a child goes missing. Weaker plans list services rather than the change that is needed, which makes it hard to measure progress.")
        .P("Supervision takes place regularly for most social workers and is recorded on children's files. In too many cases, supervision records repeat actions from one month to the next without noting that they have not been completed. Managers do not always escalate concerns when risk increases, for example when a child's missing episodes become more frequent. Leaders recognise this and have started a programme of training for team managers on reflective supervision.")
        .P("The youth justice service works closely with the Horizons team, and children open to both services benefit from a single plan and a lead worker. The national referral mechanism is used appropriately when children may be victims of trafficking or modern slavery, and decisions are tracked by the exploitation lead.")
        .P("Transition planning for older children at risk of exploitation starts too late. For some 17-year-olds, there was no clear plan for how their safety would be supported after their 18th birthday. Work with adult social care and adult community safety services is at an early stage.")
        .P("Leaders have an accurate understanding of the strengths and weaknesses of practice for children at risk of extra-familial harm, which is reflected in their self-evaluation. The quality assurance framework has been strengthened, and thematic audits are leading to focused improvement activity. Caseloads in the Horizons team are manageable, and staff told inspectors that they feel well supported and that leaders are visible.")
        .P("Ofsted will take the findings from this focused visit into account when planning your next inspection or visit.")
        .Lines("Yours sincerely")
        .Space(14)
        .Lines("Catherine Lowther", "His Majesty's Inspector");
}

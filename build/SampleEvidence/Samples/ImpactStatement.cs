using SampleEvidence.Model;

namespace SampleEvidence.Samples;

/// <summary>What has changed for children since the focused visit, against each area Ofsted asked to improve.</summary>
internal static class ImpactStatement
{
    public static SampleDocument Create() =>
        new SampleDocument("impact-statement-since-focused-visit-2026-02.docx", "Impact statement: what has changed for children since the focused visit", new DateOnly(2026, 2, 16))
        {
            Author = Harrowden.AdSocialCare,
            Subject = "Impact of improvement activity since the Ofsted focused visit of June 2025, with performance to 31 December 2025",
            RunningHeader = "Harrowden Borough Council  |  Impact statement since the focused visit  |  February 2026  |  OFFICIAL",
        }
        .H1("Impact statement: what has changed for children since the focused visit")
        .Lines(
            "Harrowden Borough Council Children's Services",
            "16 February 2026",
            "Author: " + Harrowden.AdSocialCare,
            "Presented to: Children's Improvement Board, 24 February 2026",
            "Classification: OFFICIAL")
        .H2("Purpose")
        .P("This statement describes what has changed for children at risk of exploitation and children who go missing since Ofsted's focused visit on 10 and 11 June 2025. It reports against the three things Ofsted said we needed to improve and uses performance data to 31 December 2025, audit findings and feedback from children and families. It is written to show impact for children, not only the actions we have completed.")
        .H2("Summary of impact")
        .Table(
            [5, 2, 2, 1.5],
            ["Measure", "Quarter to June 2025", "Quarter to December 2025", "Target"],
            ["Return home interviews offered within 72 hours", "69%", "84%", "85%"],
            ["Return home interviews completed (accepted by the child)", "58%", "71%", "75%"],
            ["Children with three or more missing episodes in the quarter", "31", "19", "Reducing"],
            ["Supervision in timescale (case supervision every four weeks)", "88%", "93%", "90%"],
            ["Audited supervision graded good or better for reflection and challenge", "41%", "63%", "70%"],
            ["17-year-olds at risk of exploitation with a transition plan", "5 of 16", "14 of 14", "100%"],
            ["Care leavers aged 19 to 21 in education, employment or training", "55%", "58%", "60%"])
        .H2("1. Return home interviews and children who go missing")
        .H3("What we did")
        .Bullets(
            "Since 1 September 2025, the Horizons exploitation and missing team offers every return home interview, seven days a week, including for children placed outside Harrowden.",
            "We agreed return home interview protocols with the five authorities where most of our children placed out of borough live.",
            "Three or more missing episodes in 90 days now trigger a strategy discussion and a review at the multi-agency child exploitation (MACE) meeting.",
            "Social workers receive the interview record within one working day, and supervision includes a prompt about missing episodes and what changed as a result.")
        .H3("What has changed for children")
        .P("More children are now offered a conversation quickly, by someone they know. In the quarter to December 2025, 84% of children were offered a return home interview within 72 hours, up from 69% at the time of the focused visit and 48% in the same quarter of 2024. More children are choosing to talk to us: 71% of interviews were accepted, compared with 58%.")
        .P("Information from interviews is changing plans. The re-audit of 12 children in January 2026 found that interview learning led to a change in the child's safety plan in 9 cases, compared with 6 of 14 in August 2025. Intelligence from return home interviews contributed to 11 police disruption actions in the period, including two child abduction warning notices.")
        .P("The number of children going missing repeatedly has fallen from 31 to 19 a quarter. For example, a 15-year-old girl in foster care who went missing nine times between April and June 2025 has not been missing since October. Her return home interviews, completed by the same Horizons worker each time, revealed that she was being collected by an older male from outside her school; information shared with the police led to his arrest, and her plan now includes a safe travel arrangement and weekly sessions with her worker.")
        .H2("2. Supervision and management oversight")
        .P("All team managers have completed the reflective supervision programme delivered by the Practice Academy, and supervision records now use a template that asks what has changed for the child since the last supervision and which actions are outstanding. Supervision in timescale has risen to 93%. Our monthly audits show that the proportion of supervision graded good or better for reflection and challenge has risen from 41% to 63%. We are not yet at our target, and in a minority of cases managers still carry actions forward without asking why they are incomplete.")
        .H2("3. Transition planning for 17-year-olds")
        .P("Every 17-year-old at risk of exploitation (14 young people at 31 December 2025) now has a transition plan agreed with the young person and, where needed, with adult services. Nine young people have been referred to the adult safeguarding and community safety partnership before their 18th birthday, and six have been allocated a personal adviser from the Next Steps service early. A joint transitions protocol with adult social care was signed in November 2025.")
        .H2("4. Children in care and care leavers")
        .P("The proportion of care leavers aged 19 to 21 in education, employment or training has risen to 58%, helped by the new education, employment and training adviser and the supported traineeship at Harrowden College, which 12 care leavers joined in September 2025. Eleven new fostering households have been approved since April 2025, and the proportion of children in care placed more than 20 miles from home has fallen from 31% to 28%.")
        .H2("What children and families tell us")
        .Bullets(
            "\"It's better when it's the same person. I don't have to start again.\" (young person, 16, after a return home interview)",
            "\"They rang me the morning after she came home and told me what to do next time.\" (parent)",
            "Care leavers at the December 2025 Next Steps forum said they valued the traineeship but want more help with travel costs to college.")
        .H2("What we will do next")
        .Bullets(
            "Reach 85% of return home interviews offered within 72 hours and sustain it for two consecutive quarters.",
            "Continue monthly supervision audits until 70% are good or better, with individual coaching for managers whose supervision is weaker.",
            "Extend the transition protocol to care leavers with disabilities and care leavers in custody.",
            "Report progress to the Children's Improvement Board in May 2026 and include it in the 2026 self-evaluation.");
}

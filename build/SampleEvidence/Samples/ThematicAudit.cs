using SampleEvidence.Model;

namespace SampleEvidence.Samples;

/// <summary>A thematic case audit of return home interviews and the response to children who go missing.</summary>
internal static class ThematicAudit
{
    public static SampleDocument Create() =>
        new SampleDocument("thematic-audit-missing-children-rhi-2025-08.pdf", "Thematic audit: return home interviews and the response to children who go missing", new DateOnly(2025, 8, 29))
        {
            Subject = "Thematic case audit of 14 children who went missing between 1 April and 30 June 2025",
            RunningHeader = "Harrowden Borough Council  |  Thematic audit: return home interviews and missing children  |  August 2025  |  OFFICIAL",
        }
        .H1("Thematic audit: return home interviews and the response to children who go missing")
        .Lines(
            "Children's Services: Quality Assurance and Practice Improvement Service",
            "Sample: 14 children with one or more missing episodes between 1 April and 30 June 2025",
            "Fieldwork: 21 July to 8 August 2025",
            "Report date: 29 August 2025",
            "Lead auditor: " + Harrowden.HeadOfQuality,
            "Reported to: Children's Services Quality Assurance Board, 16 September 2025")
        .Section("Purpose and scope")
        .Np("This audit was commissioned by the Director of Children's Services following the Ofsted focused visit on 10 and 11 June 2025, which found that return home interviews were not consistently offered within 72 hours and that the information from them was not used well enough to update children's plans. The audit tests how well we respond when a child goes missing from home or care, from the first report to the police through to the return home interview, the strategy discussion where one is needed, and the change in the child's plan.")
        .Np("The audit looked at three questions: whether return home interviews (RHIs) were offered and completed on time and by the right person; whether the interview captured the child's own account of why they went missing and where they had been; and whether the information was shared and used to reduce risk, including through the Horizons exploitation and missing team and the multi-agency child exploitation (MACE) meeting.")
        .Section("Methodology")
        .Np("Fourteen children were selected at random from the 86 children reported missing in the period, stratified so that the sample included children in care placed in and out of the borough, children open to child in need and child protection plans, and children open to the Horizons team. Ages ranged from 12 to 17 years.")
        .Np("Each case was audited by a team manager or practice lead using the missing children audit tool, with the allocated social worker or personal adviser involved in a practice conversation. All 14 audits were moderated by the quality assurance team; moderation changed the grade in two cases (Case 05 from Good to Requires improvement, and Case 11 from Requires improvement to Inadequate). Seven children and four parents or carers gave their views by phone or in person.")
        .Np("Cases are graded on the four-point scale used in our quality assurance framework: Outstanding, Good, Requires improvement and Inadequate. No child is named in this report; cases are referred to by audit number only.")
        .Section("Summary of grades")
        .Table(
            [3, 2, 2],
            ["Grade", "Number of cases", "Percentage of sample"],
            ["Outstanding", "1", "7%"],
            ["Good", "5", "36%"],
            ["Requires improvement", "6", "43%"],
            ["Inadequate", "2", "14%"],
            ["Total", "14", "100%"])
        .Np("Six of the 14 cases (43%) were graded good or better, compared with 38% in the last missing children audit in November 2024. This is an improvement, but it remains below our target of 70% of audited cases graded good or better.")
        .Np("Return home interviews were offered within 72 hours of the child's return for 15 of the 42 missing episodes recorded for these children in the audited period (36%), rising to 60% in June 2025 after the Horizons team took over the duty rota for interviews. Interviews were completed for 21 episodes (50%). Where children declined, there was evidence of a second offer for only 7 of the 21 episodes.")
        .Section("Case grades")
        .Table(
            [1.3, 1.3, 2.2, 1.2, 1.4, 1.9, 4.5],
            ["Case", "Age", "Status", "Episodes", "RHI in 72 hours", "Grade", "Key finding"],
            ["Case 01", "15", "Child in care, in borough", "4", "3 of 4", "Good", "RHIs by a consistent worker; plan updated after each episode; child says she trusts her worker."],
            ["Case 02", "16", "Child protection plan", "2", "0 of 2", "Requires improvement", "Interviews offered after 5 and 8 days; push factors at home not explored."],
            ["Case 03", "14", "Child in need", "1", "1 of 1", "Good", "Clear account from the child; school and family support worker informed the same day."],
            ["Case 04", "17", "Child in care, out of borough", "6", "0 of 6", "Inadequate", "No RHI for any episode; host authority not contacted; no strategy discussion despite CCE indicators."],
            ["Case 05", "13", "Child in care, in borough", "3", "1 of 3", "Requires improvement", "Good interview content but not shared with the social worker for three weeks."],
            ["Case 06", "15", "Horizons, child in need", "5", "4 of 5", "Outstanding", "Persistent, creative offers; intelligence passed to police led to disruption of an adult."],
            ["Case 07", "16", "Child in care, in borough", "2", "1 of 2", "Good", "Missing episodes linked to family time; plan changed to daytime contact."],
            ["Case 08", "12", "Child protection plan", "1", "0 of 1", "Requires improvement", "Interview by an unfamiliar worker; child said little; no second conversation."],
            ["Case 09", "17", "Care leaver (relevant child)", "3", "0 of 3", "Requires improvement", "Personal adviser unaware of episodes until the pathway plan review."],
            ["Case 10", "14", "Horizons, child protection plan", "4", "2 of 4", "Good", "MACE oversight evident; safety plan reviewed at each core group."],
            ["Case 11", "15", "Child in care, out of borough", "5", "0 of 5", "Inadequate", "Repeated episodes treated as absences; risk of sexual exploitation not assessed."],
            ["Case 12", "16", "Child in need", "1", "0 of 1", "Requires improvement", "RHI declined; no follow-up with parent or school."],
            ["Case 13", "13", "Child in care, in borough", "2", "2 of 2", "Good", "Foster carer and worker agreed a return plan; child's views drove changes."],
            ["Case 14", "16", "Child protection plan", "3", "1 of 3", "Requires improvement", "Interview content generic; same template wording in three records."])
        .Section("What is working well")
        .Bullets(
            "When the Horizons team completes the return home interview, the quality is consistently good: children are seen by someone they know, in a place they choose, and their account is recorded in their own words.",
            "In the cases graded good or better, information from interviews led to a change in the child's plan, for example changing family time arrangements (Case 07) or sharing intelligence that led to a police disruption notice (Case 06).",
            "Police notifications of missing episodes reach the front door promptly; all 42 episodes were recorded on the child's file within one working day.",
            "Managers' oversight of missing episodes is visible in supervision records for 10 of the 14 children.")
        .Section("What needs to improve")
        .Np("Timeliness of return home interviews remains the most significant weakness. Delays were greatest for children placed outside Harrowden (Cases 04 and 11), where responsibility for the interview between the host authority and our own teams was unclear.")
        .Np("The information gathered is not consistently used. In 6 of the 14 cases, there was no evidence that the interview had been read by the social worker or discussed in supervision, and safety plans were not updated after repeat episodes.")
        .Np("Repeated missing episodes are not always recognised as an indicator of exploitation. In Case 11, five episodes in eight weeks were recorded as 'absent' rather than 'missing', and no strategy discussion was held. This case was escalated to the Head of Service on the day of the audit and a strategy discussion took place within 24 hours.")
        .Np("Care leavers aged 16 and 17 who go missing are not routinely notified to their personal adviser, which means that pathway plans do not reflect risk (Case 09).")
        .Section("What children and families told us")
        .Np("Children told auditors that they are more likely to talk when the person is someone they already know. One young person said: \"I don't want to tell my story to a new person every time.\" Two children said that they had not been asked what would help them to stay safe, only where they had been. Parents valued being told promptly when their child was found and wanted more advice about what to do if their child went missing again.")
        .Section("Learning and actions")
        .Table(
            [5.5, 2.6, 1.6],
            ["Action", "Owner", "By when"],
            ["Return home interviews for all children missing from home or care to be offered by the Horizons duty worker within 72 hours, including for children placed out of borough.", "Head of Service, Horizons", "30 September 2025"],
            ["Agree a protocol with the five most-used host authorities on who completes RHIs for Harrowden children placed with them.", "Head of Service, Children in Care", "31 October 2025"],
            ["Add a mandatory supervision prompt: missing episodes since the last supervision and the action taken on the RHI.", "Principal Social Worker", "30 September 2025"],
            ["Three or more missing episodes in 90 days trigger an automatic strategy discussion and review at MACE.", "Head of Service, Front Door and MASH", "31 October 2025"],
            ["Notify personal advisers of every missing episode for relevant and former relevant children.", "Head of Service, Next Steps", "30 September 2025"],
            ["Practice workshop for team managers on using RHI learning in safety planning.", "Practice Academy lead", "30 November 2025"])
        .Section("Re-audit")
        .Np("A re-audit of a further 12 children who go missing will take place in February 2026, and the findings will be reported to the Quality Assurance Board in March 2026 and included in the update to the self-evaluation of social work practice. Monthly performance on RHIs offered within 72 hours will be reported in the children's services performance scorecard.");
}

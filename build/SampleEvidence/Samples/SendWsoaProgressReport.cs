using SampleEvidence.Model;

namespace SampleEvidence.Samples;

/// <summary>A scrutiny committee report on progress against the area SEND written statement of action, with a RAG-rated action table.</summary>
internal static class SendWsoaProgressReport
{
    public static SampleDocument Create() =>
        new SampleDocument("send-wsoa-progress-report-2024-01.pdf", "SEND written statement of action: progress report", new DateOnly(2024, 1, 9))
        {
            Author = "Dr Helen Marsh",
            Subject = "Report to the Children and Young People Scrutiny Committee on the local area's written statement of action for SEND, September to December 2023",
            RunningHeader = "Harrowden Borough Council  |  Children and Young People Scrutiny Committee  |  9 January 2024  |  Item 7",
        }
        .Lines("9 January 2024", "ITEM: 7")
        .BoldLines("Children and Young People Scrutiny Committee")
        .H1("Special educational needs and disabilities (SEND): written statement of action progress report")
        .Lines(
            "Wards and communities affected: All",
            "Key decision: No",
            "Report of: " + Harrowden.AdSend,
            "Accountable Director: " + Harrowden.Dcs + ", " + Harrowden.DcsTitle,
            "This report is Public")
        .H2("Executive summary")
        .P("This report updates the Committee on the progress made by the Harrowden local area partnership (the council, Harrowden and Lyne Valley Integrated Care Board, schools, colleges and the Harrowden Parent Carer Forum) against the written statement of action (WSoA) for special educational needs and disabilities. The WSoA was declared fit for purpose by Ofsted and the Care Quality Commission in March 2023. The reporting period is September to December 2023.")
        .P("Progress has been made in all four areas of significant weakness. The timeliness of education, health and care plans (EHCPs) has more than doubled, co-production with parents and carers is now built into the governance of the partnership, and a joint commissioning strategy has been agreed. Waiting times for neurodevelopmental assessment and for speech and language therapy remain too long, and preparing for adulthood is the area where progress has been slowest.")
        .Section("Recommendations")
        .Np("That the Committee notes the progress made against the written statement of action and the areas where progress has been slower than planned.")
        .Np("That the Committee comments on the actions proposed to improve the timeliness of EHC needs assessments and to strengthen preparing for adulthood.")
        .Np("That the Committee receives a further progress report in April 2024, ahead of the expected revisit by Ofsted and the Care Quality Commission.")
        .Section("Introduction and background")
        .Np("The joint inspection of the local area by Ofsted and the Care Quality Commission identified four areas of significant weakness, which the written statement of action addresses:")
        .Bullets(
            "Area 1: the timeliness and quality of education, health and care plans, including the contribution of health and social care advice.",
            "Area 2: the lack of co-production with parents, carers and children and young people at a strategic and individual level.",
            "Area 3: weak joint commissioning arrangements, leading to long waits for therapies and neurodevelopmental assessments.",
            "Area 4: the effectiveness of preparing for adulthood, including the transition to adult health and social care services.")
        .Np("The SEND Partnership Board, jointly chaired by the Director of Children's Services and the Chief Nursing Officer of the Integrated Care Board, oversees delivery. Progress is reviewed every six months with advisers from the Department for Education (DfE) and NHS England.")
        .Section("Progress in this period")
        .H3("Area 1: timeliness and quality of EHC plans")
        .Np("At the time of the inspection, only 19% of new EHC plans were issued within the statutory 20 weeks. Between September and December 2023, 47% of plans were issued within 20 weeks (excluding exception cases), compared with 34% between January and August 2023. The backlog of assessments over 20 weeks has reduced from 212 in March 2023 to 96. Additional educational psychology capacity and a weekly multi-agency panel have made the greatest difference.")
        .Np("Quality is improving. The multi-agency EHCP quality assurance panel audited 40 plans in this period: 68% were judged good or better, compared with 35% at the baseline audit. Health advice was returned within six weeks in 81% of cases, but social care advice was returned on time in only 58% of cases.")
        .H3("Area 2: co-production")
        .Np("The Harrowden Parent Carer Forum now co-chairs the co-production working group and sits on the SEND Partnership Board. The co-production charter, 'Working Together in Harrowden', was launched in October 2023 and has been signed by 61 schools and settings. Parents and carers helped rewrite the Local Offer website and the EHCP template. In the autumn survey, 52% of parents and carers said they felt listened to, up from 29% in the baseline survey, though this remains lower than we want.")
        .H3("Area 3: joint commissioning")
        .Np("The joint commissioning strategy for SEND 2023–2026 was agreed by the council's Cabinet and the Integrated Care Board in November 2023. A jointly funded neurodevelopmental pathway started in September 2023 and has reduced the longest waits for autism assessment from 104 weeks to 78 weeks; this is still too long. Speech and language therapy waiting lists remain a significant pressure, with 420 children waiting more than 18 weeks.")
        .H3("Area 4: preparing for adulthood")
        .Np("A preparing for adulthood (PfA) lead was appointed in October 2023. Year 9 annual reviews now include a PfA section, and 64% of reviews in this period had outcomes linked to employment, independent living, community inclusion and health. Transition planning to adult social care is still starting too late: only 41% of young people known to adult services had a transition assessment by age 17 and a half.")
        .Section("Written statement of action: action tracker")
        .Np("The table below shows the status of each action at 15 December 2023. Red means that the action is off track and requires intervention; Amber that it is at risk or delayed but recoverable; Green that it is on track or complete.")
        .Table(
            [3.4, 1.9, 1.6, 0.8, 3.8],
            ["Action", "Lead", "Due date", "RAG", "Evidence of impact"],
            ["1.1 Increase educational psychology capacity to clear the assessment backlog", "Principal Educational Psychologist", "31 March 2024", "Green", "Backlog over 20 weeks reduced from 212 to 96; EP advice on time in 79% of cases."],
            ["1.2 Issue 60% of new EHC plans within 20 weeks (excluding exceptions)", "Head of SEND Statutory Services", "31 December 2024", "Amber", "47% within 20 weeks in September to December 2023, up from 19% at the time of the inspection."],
            ["1.3 Multi-agency EHCP quality assurance panel audits 10 plans each month", "Head of SEND Quality Assurance", "Monthly", "Green", "68% of audited plans good or better, up from 35% at baseline."],
            ["1.4 Social care advice for EHC needs assessments returned within six weeks", "Head of Service, Children with Disabilities", "31 March 2024", "Red", "Only 58% on time; a dedicated SEND social worker post is being recruited."],
            ["2.1 Co-production charter adopted across schools, health and social care", "Co-production lead and Parent Carer Forum", "31 December 2023", "Green", "Charter launched October 2023; 61 schools and settings signed up."],
            ["2.2 Parent carer satisfaction above 60% in the annual survey", "Head of SEND Strategy", "30 September 2024", "Amber", "52% of parents feel listened to, up from 29% in the baseline survey."],
            ["2.3 Children and young people's SEND participation group established", "Participation Manager", "31 January 2024", "Green", "Group of 14 young people met three times; reviewed the Local Offer pages."],
            ["3.1 Joint commissioning strategy agreed by council and ICB", "Joint Commissioning Manager", "30 November 2023", "Green", "Strategy agreed November 2023 with pooled budget of £1.1 million."],
            ["3.2 Reduce waits for neurodevelopmental assessment to under 52 weeks", "ICB Head of Children's Commissioning", "31 March 2025", "Red", "Longest wait 78 weeks, down from 104; demand up 22% in a year."],
            ["3.3 Speech and language therapy recovery plan", "ICB Head of Children's Commissioning", "30 June 2024", "Amber", "Additional therapists in post from January 2024; 420 children still waiting over 18 weeks."],
            ["4.1 Preparing for adulthood outcomes in all annual reviews from Year 9", "Preparing for Adulthood Lead", "31 July 2024", "Amber", "64% of Year 9+ reviews include PfA outcomes."],
            ["4.2 Transition assessment by adult social care by age 17 and a half", "Head of Adult Social Care Transitions", "31 March 2024", "Red", "41% assessed on time; joint transitions panel starts February 2024."],
            ["4.3 Supported internships for young people with EHC plans", "Harrowden College and Employment Support Team", "31 August 2024", "Green", "18 young people on supported internships, up from 6; 5 in paid work."])
        .Section("Next steps")
        .Np("The partnership will focus on the three red-rated actions in the next quarter. The Director of Children's Services has agreed additional funding for a SEND social worker and a transitions social worker from February 2024. The Integrated Care Board will present its neurodevelopmental recovery trajectory to the SEND Partnership Board in February 2024.")
        .Np("Ofsted and the Care Quality Commission are expected to revisit the local area in 2024 to decide whether sufficient progress has been made in each area of significant weakness. The partnership's self-evaluation will be updated in March 2024.")
        .Section("Consultation")
        .Np("This report has been prepared with the Harrowden Parent Carer Forum, the Integrated Care Board and the SEND Partnership Board. The views of the children and young people's SEND participation group are reflected in section 3.")
        .Section("Implications")
        .Np("Financial: the high needs block of the dedicated schools grant is forecast to overspend by £4.6 million in 2023–24, and the deficit recovery plan is reported separately to Cabinet. The actions in this report are funded within existing budgets and the £0.9 million one-off SEND improvement reserve.")
        .Np("Legal: the council has a statutory duty under the Children and Families Act 2014 to issue EHC plans within 20 weeks of a request for assessment, subject to the exceptions in the SEND Regulations 2014.")
        .Np("Diversity and equality: improving the timeliness and quality of EHC plans benefits children and young people with disabilities, who are protected under the Equality Act 2010.")
        .Section("Background papers and appendices")
        .Np("Written statement of action, March 2023. Appendix 1: SEND performance dashboard, December 2023 (not published).")
        .Lines("Report author:", "Dr Helen Marsh", "Assistant Director, Education, Inclusion and SEND", "Children's Services");
}

using SampleEvidence.Model;

namespace SampleEvidence.Samples;

/// <summary>The authority's annual self-evaluation of social work practice, structured by the ILACS judgements.</summary>
internal static class SelfEvaluation
{
    public static SampleDocument Create() =>
        new SampleDocument("self-evaluation-social-work-practice-2025.docx", "Self-evaluation of social work practice 2025", new DateOnly(2025, 9, 26))
        {
            Author = Harrowden.Dcs,
            Subject = "Harrowden Borough Council children's services self-evaluation for the ILACS annual engagement meeting, October 2025",
            RunningHeader = "Harrowden Borough Council  |  Self-evaluation of social work practice 2025  |  OFFICIAL",
        }
        .H1("Harrowden Borough Council: self-evaluation of social work practice 2025")
        .Lines(
            "Children's Services, Harrowden Borough Council",
            "Version 1.0, 26 September 2025",
            "Prepared for the annual engagement meeting with Ofsted on 14 October 2025",
            "Owner: " + Harrowden.Dcs + ", " + Harrowden.DcsTitle,
            "Classification: OFFICIAL")
        .Section("Introduction and context")
        .Np("This self-evaluation sets out what we know about the quality and impact of social work practice for children in Harrowden, how we know it, and what we are doing to improve. It follows the structure of the inspection of local authority children's services (ILACS) framework and is based on performance data to 30 June 2025, our quality assurance activity, and what children, families, staff and partners have told us.")
        .Np("Harrowden is home to around 48,600 children and young people under 18. Around one in four children live in relative low-income families, and the east of the borough includes three of the most deprived neighbourhoods in the region. At 30 June 2025, 1,186 children were supported on child in need plans, 296 children were subject to child protection plans, 408 children were in our care (83 per 10,000 children), and we were in touch with 261 care leavers aged 18 to 25.")
        .Np("In February 2023, Ofsted judged our services for children to be inadequate. Following four monitoring visits and a programme of improvement overseen by the Harrowden Children's Improvement Board, our services were re-inspected in November 2024 and judged to require improvement to be good. In June 2025, a focused visit looked at our response to children at risk of exploitation and extra-familial harm, including children who go missing.")
        .Table(
            [6, 3],
            ["ILACS judgement (inspection of 4 to 15 November 2024)", "Grade"],
            ["The impact of leaders on social work practice with children and families", "Requires improvement to be good"],
            ["The experiences and progress of children who need help and protection", "Requires improvement to be good"],
            ["The experiences and progress of children in care", "Good"],
            ["The experiences and progress of care leavers", "Requires improvement to be good"],
            ["Overall effectiveness", "Requires improvement to be good"])
        .Section("Summary: how good are we?")
        .Np("We judge that our services continue to require improvement to be good, with clear and sustained progress since the re-inspection. Practice for children in care is good and improving. The front door is now strong. Our response to children who go missing, the consistency of supervision and management oversight, and outcomes for care leavers in education, employment and training are the areas where we still have most to do.")
        .Bullets(
            "Leaders: requires improvement to be good, moving towards good. The workforce is more stable, caseloads are manageable and our quality assurance framework tells us accurately where practice is strong and weak.",
            "Help and protection: requires improvement to be good. The front door and child protection practice are now consistently good; children in need plans and the response to missing children are not yet good enough.",
            "Children in care: good. Placement stability has improved and children's health and education needs are well met; placement sufficiency remains a pressure.",
            "Care leavers: requires improvement to be good. Pathway planning and staying in touch are much improved; too few care leavers are in education, employment or training.")
        .Section("The impact of leaders on social work practice")
        .H3("Strengths")
        .Bullets(
            "Workforce stability: the proportion of agency social workers has fallen from 38% in March 2023 to 19% in June 2025, and 31 newly qualified social workers have completed their assessed and supported year in employment through the Harrowden Practice Academy since 2023.",
            "Caseloads: average caseloads are 18 children per social worker, down from 26 in 2023. No social worker in the assessment and safeguarding teams holds more than 22 children.",
            "Quality assurance: our practice quality framework combines monthly case audits, thematic audits, practice weeks and feedback from children. Moderation shows that 88% of audit grades are agreed, which gives us confidence that audits are accurate.",
            "Political and corporate support: the council has protected the children's services budget and invested £2.4 million in permanent social work posts and in the Horizons exploitation and missing team. The Lead Member and the Chief Executive attend the Children's Improvement Board.",
            "Corporate parenting: the Corporate Parenting Panel is well attended and is challenging; the Children in Care Council presents at every meeting.")
        .H3("Areas to develop")
        .Bullets(
            "Supervision and management oversight: supervision is regular (88% in timescale in June 2025), but audits show that it is not yet consistently reflective, and actions are carried over from one supervision to the next without challenge. This was also found at the focused visit in June 2025.",
            "Using learning from audits: audit actions are completed for individual children, but learning is not always carried through into team practice.",
            "Data quality: the move to the new case recording system in April 2025 has made some measures, such as children seen alone, less reliable; these are being validated monthly.")
        .H3("Evidence")
        .Bullets(
            "Workforce dashboard, quarterly, 2023 to 2025",
            "Quality assurance annual report 2024–25 and moderation log",
            "Children's Improvement Board minutes and improvement plan, version 6",
            "Staff health check survey, March 2025 (response rate 71%)")
        .Section("The experiences and progress of children who need help and protection")
        .H3("The front door, early help and assessment")
        .Np("The multi-agency safeguarding hub (MASH) makes timely, proportionate decisions. In the quarter to June 2025, 93% of contacts had a decision within one working day, and the rate of re-referrals within 12 months has reduced from 27.4% in 2023–24 to 21.6%, now close to statistical neighbours. Consent is sought and recorded appropriately. Early help is well used: 1,940 families were supported by Harrowden Family Help in 2024–25, and 81% of step-downs from social care did not return within six months.")
        .H3("Child protection")
        .Np("Strategy discussions are timely and well attended. Initial child protection conferences held within 15 working days have risen to 85%. Child protection plans are clearer, and core groups are effective for most children. The proportion of children whose plans lasted two years or more has fallen to 3.1%, below the England average. The proportion of children subject to a plan for a second or subsequent time (20.9%) remains slightly above our target.")
        .H3("Children at risk of exploitation and children who go missing")
        .Np("The Horizons team, created in September 2024, gives children at highest risk a persistent and trusted relationship. The MACE meeting has good oversight of peer groups and locations, and disruption activity is effective. However, we know that return home interviews are not offered quickly enough: in the quarter to June 2025, 69% of children were offered an interview within 72 hours, against our target of 85%. Our thematic audit in August 2025 confirmed that information from interviews is not used consistently to update plans. From September 2025, the Horizons team offers all return home interviews, including for children placed outside the borough.")
        .H3("Areas to develop")
        .Bullets(
            "Return home interviews: timeliness, quality and the use of information in children's plans.",
            "Children in need plans: too many are not specific enough about what needs to change.",
            "Transition planning for 17-year-olds at risk of exploitation, with adult services.",
            "Neglect: the Graded Care Profile 2 is not yet used routinely in assessments of chronic neglect.")
        .H3("Evidence")
        .Bullets(
            "Ofsted focused visit letter, 15 July 2025",
            "Thematic audit: return home interviews and missing children, August 2025",
            "MASH practice week report, March 2025",
            "Children's services performance scorecard, quarter 1 2025–26")
        .Section("The experiences and progress of children in care")
        .Np("Decisions for children to come into care are timely and appropriate, and the legal gateway panel has reduced the average length of pre-proceedings to 14 weeks. Permanence is planned early: 27 children were adopted or made subject to special guardianship orders in 2024–25, and reunification is considered for every child.")
        .Np("Placement stability has improved. The proportion of children with three or more placements in a year fell from 12.4% to 10.2%, and 68% of children who have been in care for two and a half years or more have lived in the same home for at least two years. Placement sufficiency remains our greatest pressure: 31% of children in care live more than 20 miles from Harrowden, and we have too few foster carers for teenagers and for brothers and sisters who need to live together. Our three-year sufficiency strategy, agreed in January 2025, sets out how we will recruit 40 more fostering households and open two small children's homes in the borough by December 2026. No child under 16 has been placed in unregistered provision since 2023.")
        .Np("Children's health needs are well met: 90% have an up-to-date review health assessment, and strengths and difficulties questionnaires are used to direct children to the children in care emotional well-being service. The virtual school has strong oversight of education: 93% of children have a personal education plan completed in term, persistent absence is below the national average for children in care, and there have been no permanent exclusions of children in our care since January 2023. Independent reviewing officers know children well and escalate drift through the formal dispute resolution process.")
        .H3("Areas to develop")
        .Bullets(
            "Placement sufficiency close to home, especially for teenagers and sibling groups.",
            "Life-story work, which is not completed for enough children with a plan for long-term fostering.",
            "The timeliness of initial health assessments (71% within 20 working days).")
        .Section("The experiences and progress of care leavers")
        .Np("We stay in touch with 97% of our care leavers, and personal advisers are allocated from age 16. Pathway plans are up to date for 90% of care leavers, and care leavers helped to rewrite the pathway plan template in 2024 so that it is written to them. Our local offer for care leavers was refreshed in April 2025 and includes council tax exemption to age 25, free leisure passes and a ring-fenced apprenticeship scheme within the council.")
        .Np("Most care leavers live in suitable accommodation (90% of 19- to 21-year-olds). Twenty-three young people are in staying put arrangements with their former foster carers. However, too few care leavers are in education, employment or training: 55% of 19- to 21-year-olds were in EET in June 2025, below our target of 60%. The Next Steps service has appointed an education, employment and training adviser and is working with Harrowden College on a supported traineeship for care leavers.")
        .H3("Areas to develop")
        .Bullets(
            "Care leavers in education, employment or training, particularly those aged 19 to 21.",
            "Access to emotional health and well-being support for care leavers over 18.",
            "Planned transitions to adult social care for care leavers with disabilities.")
        .Section("Our priorities for 2025–26")
        .Steps(
            "Improve the timeliness of return home interviews to 85% within 72 hours and make sure their information changes children's plans.",
            "Embed reflective supervision and effective management oversight in every team, measured through audit.",
            "Increase placement sufficiency in Harrowden, with 40 additional fostering households by December 2026.",
            "Raise the proportion of care leavers in education, employment or training to 60% by March 2026.",
            "Improve the quality of plans for children in need so that every plan is specific and reviewed against outcomes.")
        .Section("Evidence cited")
        .Bullets(
            "Ofsted ILACS inspection report, November 2024; focused visit letter, July 2025",
            "Children's services performance scorecard, quarter 1 2025–26",
            "Quality assurance annual report 2024–25; thematic audits of missing children (August 2025), supervision (May 2025) and pathway plans (March 2025)",
            "Sufficiency strategy for children in care and care leavers, January 2025",
            "Corporate Parenting Panel reports and Children in Care Council feedback, 2025",
            "Harrowden Safeguarding Children Partnership annual report 2024–25");
}

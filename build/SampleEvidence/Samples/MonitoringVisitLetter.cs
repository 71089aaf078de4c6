using SampleEvidence.Model;

namespace SampleEvidence.Samples;

/// <summary>The letter after the fourth ILACS monitoring visit to the authority while it was judged inadequate.</summary>
internal static class MonitoringVisitLetter
{
    public static SampleDocument Create() =>
        new SampleDocument("ofsted-monitoring-visit-4-2024-05.html", "Monitoring visit to Harrowden Borough Council children's services", new DateOnly(2024, 5, 21))
        {
            Author = "Ofsted",
            Subject = "Fourth monitoring visit, 23 and 24 April 2024: children in need of help and protection, child protection plans and pre-proceedings",
        }
        .H1("Monitoring visit to Harrowden Borough Council children's services")
        .Lines("Published: 4 June 2024", "Inspection date: 23 April 2024 to 24 April 2024", "Type: Local authority children's services monitoring visit")
        .Lines("21 May 2024")
        .Lines(Harrowden.DcsAddress)
        .Lines("Dear Eleanor")
        .H2("Monitoring visit to Harrowden Borough Council children's services")
        .P("This letter summarises the findings of the monitoring visit to Harrowden Borough Council children's services on 23 and 24 April 2024. This was the fourth monitoring visit since the local authority was judged inadequate in March 2023. His Majesty's Inspectors for this visit were Daniel Ferris and Ruth Adebayo.")
        .H2("Areas covered by the visit")
        .P("Inspectors reviewed the progress made in the quality and impact of practice for children in need of help and protection, with a focus on:")
        .Bullets(
            "children in need and children subject to child protection plans",
            "the quality of child protection conferences and core groups",
            "children subject to pre-proceedings under the public law outline (PLO)",
            "the quality and impact of management oversight and supervision.")
        .P("This visit was carried out in line with the inspection of local authority children's services (ILACS) framework. Inspectors reviewed children's case records and spoke with social workers, team managers, child protection chairs and senior leaders. They also considered the local authority's performance information, audits and improvement plan.")
        .H2("Headline findings")
        .P("Leaders are making steady progress in improving the experiences of children in need of help and protection. Since the last monitoring visit, the workforce has become more stable, caseloads have reduced and a new practice model is beginning to shape how social workers work with families. Child protection conferences are more focused on risk, and fewer children now remain on plans for long periods without change. However, the quality of children in need plans is still too variable, and for some children, pre-proceedings work under the PLO has not been timely enough to prevent harm from continuing. Management oversight is more evident than at the last visit, but it is not yet consistently effective in preventing drift.")
        .H2("Findings and evaluation of progress")
        .P("Children in need of help and protection are now seen regularly by their social workers, and visits are more purposeful. Most children are seen alone when it is appropriate, and their wishes and feelings are recorded and inform plans. Direct work tools are used well by many social workers to help younger children explain what life is like at home.")
        .P("Assessments have improved since the local authority's inspection in February 2023. Most now draw on a family's history and on information from partner agencies, and they reach a clear analysis of risk. A minority of assessments are still descriptive and do not consider the cumulative impact of neglect on children over time.")
        .P("Child protection plans are clearer than at the last visit, and most set out what needs to change and by when. Core groups meet regularly and are well attended by schools and health visitors. The proportion of children subject to a child protection plan for two years or more has reduced from 9.1% in March 2023 to 6.8% in March 2024, reflecting stronger review by child protection chairs. Chairs now escalate concerns about drift through a formal practice alert, and inspectors saw examples where this led to decisive action.")
        .P("Plans for children in need are weaker. Too many are generic and do not address all the concerns identified in assessments. For some children stepping down from child protection plans, the plan did not change to reflect the support that would continue, and reviews did not measure whether children's circumstances had improved.")
        .P("The use of the public law outline has improved since the third monitoring visit. A weekly legal gateway panel now tracks all children in pre-proceedings, and letters before proceedings are clearer for parents. However, for a small number of children, pre-proceedings lasted longer than 16 weeks without a review of whether the threshold for care proceedings had been reached. In these cases, children continued to live with neglect for too long.")
        .P("Management oversight is now recorded on nearly all children's records, and the frequency of supervision has improved. Supervision records are more reflective, and some show managers helping social workers to think about the child's lived experience. Despite this, in a minority of cases, supervision did not identify that agreed actions had not been completed.")
        .P("Leaders have been successful in recruiting permanent social workers, and the proportion of agency staff has reduced from 38% to 29% since March 2023. Average caseloads in the assessment and safeguarding teams have reduced to 21 children. Social workers told inspectors that they feel supported, that managers are accessible and that the training offered through the Harrowden Practice Academy is helping them to develop their skills.")
        .P("The improvement board, chaired by the DfE-appointed improvement adviser, provides effective challenge. Senior leaders and elected members have a realistic understanding of where practice has improved and where it remains weak. The quality assurance framework is now embedded, and audits accurately identify the strengths and weaknesses of practice.")
        .H2("Areas for improvement")
        .Bullets(
            "The quality of plans for children in need, so that they address all identified needs and are reviewed against measurable outcomes.",
            "The timeliness of decision-making for children in pre-proceedings under the public law outline, so that children do not experience drift and delay.",
            "The effectiveness of management oversight and supervision in ensuring that agreed actions are completed and that drift is challenged.")
        .P("Ofsted will take the findings from this monitoring visit into account when planning your next inspection or visit.")
        .Lines("Yours sincerely")
        .Lines("Daniel Ferris", "His Majesty's Inspector");
}

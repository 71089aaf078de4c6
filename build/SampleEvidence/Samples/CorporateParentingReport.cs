using SampleEvidence.Model;

namespace SampleEvidence.Samples;

/// <summary>A Corporate Parenting Panel report on placement sufficiency, stability and care leavers' accommodation.</summary>
internal static class CorporateParentingReport
{
    public static SampleDocument Create() =>
        new SampleDocument("corporate-parenting-panel-sufficiency-2026-01.pdf", "Placement sufficiency and stability for children in care, and accommodation for care leavers", new DateOnly(2026, 1, 27))
        {
            Author = "Sarah Lindqvist",
            Subject = "Report to the Corporate Parenting Panel, 27 January 2026",
            RunningHeader = "Harrowden Borough Council  |  Corporate Parenting Panel  |  27 January 2026  |  Agenda item 5",
        }
        .Lines("27 January 2026", "Agenda item 5")
        .BoldLines("Corporate Parenting Panel")
        .H1("Placement sufficiency and stability for children in care, and accommodation for care leavers")
        .Lines(
            "Report of: Sarah Lindqvist, Head of Service, Children in Care and Placements",
            "Accountable Assistant Director: " + Harrowden.AdSocialCare,
            "Accountable Director: " + Harrowden.Dcs + ", " + Harrowden.DcsTitle,
            "This report is Public")
        .Section("Purpose of the report")
        .Np("This report updates the Panel on the first year of the three-year sufficiency strategy for children in care and care leavers, agreed in January 2025: how many homes we have for children, how settled children are in those homes, and whether care leavers are living in safe and suitable accommodation. It responds to the Panel's request in October 2025 for a report on children placed at a distance from Harrowden.")
        .Section("Recommendations")
        .Np("That the Panel notes the progress made in recruiting foster carers and improving placement stability.")
        .Np("That the Panel supports the proposal to open a second small children's home in the borough in 2026–27, subject to Cabinet approval.")
        .Np("That Panel members, as corporate parents, promote the 'Foster for Harrowden' campaign in their wards.")
        .Section("Our children in care")
        .Np("At 31 December 2025, 402 children were in our care, a rate of 82 per 10,000 children, compared with 408 in June 2025. This remains higher than our statistical neighbours (74 per 10,000). Fifty-eight children were unaccompanied asylum-seeking children. The table below shows where children live.")
        .Table(
            [4, 1.5, 1.5, 2],
            ["Type of home", "June 2025", "December 2025", "Change"],
            ["In-house foster carers (including family and friends carers)", "181", "189", "+8"],
            ["Independent fostering agency carers", "98", "91", "-7"],
            ["Children's homes (council and private)", "47", "44", "-3"],
            ["Placed with parents under care orders", "29", "27", "-2"],
            ["Semi-independent supported accommodation (16 and 17)", "38", "36", "-2"],
            ["Other (including secure, hospital and adoption placements)", "15", "15", "0"],
            ["Total", "408", "402", "-6"])
        .Section("Placement sufficiency")
        .Np("Placement sufficiency remains the most significant pressure on children's services. We approved 11 new fostering households between April and December 2025, against a target of 14 for the year, and 3 households left. Our in-house service now has 148 fostering households. We still have too few carers for teenagers, for brothers and sisters who need to live together, and for children with complex disabilities.")
        .Np("The proportion of children in care living more than 20 miles from Harrowden has fallen from 31% to 28%. For most of these children, living further away is part of a plan to keep them safe from exploitation or to keep them with relatives. However, 19 children live at a distance because we had no suitable home for them nearer; each of these children is reviewed monthly at the placement panel.")
        .Np("Our first small children's home, Beech House, opened in September 2025 for three children aged 11 to 15 and was registered by Ofsted in August 2025. All three children living there previously lived outside the borough. A second home would provide two further places for children with emotional and behavioural needs.")
        .Np("No child in our care has been placed in unregistered accommodation during 2025. All supported accommodation used for 16- and 17-year-olds is registered with Ofsted under the new supported accommodation regulations.")
        .Section("Placement stability")
        .Bullets(
            "Short-term stability: 9.8% of children had three or more placements in the 12 months to September 2025, down from 12.4% a year earlier.",
            "Long-term stability: 70% of children in care for two and a half years or more have lived in the same home for at least two years, meeting our target.",
            "Disruption meetings are held for every unplanned ending, and learning is shared with the fostering team; 23 were held in 2025.",
            "The therapeutic support service for foster carers supported 64 households in 2025, and carers who used it were less likely to ask for a child to move.")
        .Section("Care leavers' accommodation")
        .Np("We are in touch with 97% of our 258 care leavers. Ninety-one per cent of care leavers aged 19 to 21 live in accommodation we judge to be suitable, above the England average of 88%. Twenty-five young people are in staying put arrangements with their former foster carers, and six are in 'staying close' arrangements near their former children's home.")
        .Np("Care leavers in unsuitable accommodation include four young people in custody and seven in emergency or temporary housing. The housing protocol for care leavers, agreed with the council's housing service in 2025, gives care leavers priority banding and a named housing officer. No care leaver has been placed in bed and breakfast accommodation since May 2025.")
        .Section("What children and young people tell us")
        .Np("The Children in Care Council, Harrowden Voices, told the Panel in November 2025 that what matters most is not having to move schools when they move home, being able to see their brothers and sisters, and being asked before decisions are made. Care leavers at the Next Steps forum asked for more help with deposits and furniture when they move into their own home; the setting-up-home allowance was increased to £3,000 from January 2026 in response.")
        .Section("Next steps")
        .Np("The fostering recruitment campaign will run again from March 2026 with a focus on carers for teenagers. A business case for the second children's home will go to Cabinet in March 2026. The Panel will receive the annual sufficiency statement in July 2026.")
        .Section("Implications")
        .Np("Financial: the average weekly cost of an independent fostering agency placement is £1,020, compared with £540 for an in-house placement; each child moving to an in-house carer saves around £25,000 a year. The children's homes programme is funded from the council's capital programme and a DfE grant.")
        .Np("Legal: the council has a duty under section 22G of the Children Act 1989 to take steps to secure sufficient accommodation within its area to meet the needs of the children it looks after.")
        .Lines("Report author:", "Sarah Lindqvist", "Head of Service, Children in Care and Placements");
}

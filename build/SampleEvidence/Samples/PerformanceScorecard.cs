using SampleEvidence.Model;

namespace SampleEvidence.Samples;

/// <summary>The quarterly children's services performance scorecard, as a page of the council's intranet.</summary>
internal static class PerformanceScorecard
{
    private static readonly double[] Widths = [4, 1.2, 1, 1, 1, 1, 1, 1, 1.2, 1, 4];

    private static readonly string[] Headers =
    [
        "Indicator", "Target", "Q1 2024–25", "Q2 2024–25", "Q3 2024–25", "Q4 2024–25", "Q1 2025–26", "Q2 2025–26", "England (2024–25)", "RAG", "Commentary",
    ];

    public static SampleDocument Create() =>
        new SampleDocument("performance-scorecard-2025-26-q2.html", "Children's services performance scorecard: quarter 2 2025–26", new DateOnly(2025, 11, 4))
        {
            Author = "Performance and Insight Team",
            Subject = "Quarterly key performance indicators for children's social care, care leavers, SEND and the workforce, July to September 2025",
        }
        .H1("Children's services performance scorecard: quarter 2 2025–26")
        .Lines(
            "Period: 1 July to 30 September 2025",
            "Published: 4 November 2025",
            "Produced by: Performance and Insight Team, Children's Services",
            "Presented to: Children's Improvement Board, 11 November 2025")
        .H2("How to read this scorecard")
        .P("Figures are percentages for the quarter unless stated. RAG ratings compare the latest quarter with the target: Green means the target is met, Amber that performance is within five percentage points of the target, and Red that it is more than five points away. England figures are the latest published national averages for 2024–25 where a comparable measure exists.")
        .H2("Help and protection")
        .Table(Widths, Headers,
            ["Contacts with a decision within one working day", "95%", "78%", "84%", "89%", "91%", "93%", "95%", "n/a", "Green", "MASH staffing now stable; target met for the first time."],
            ["Re-referrals within 12 months of a previous referral", "21%", "27.4%", "25.9%", "24.1%", "22.8%", "21.6%", "20.3%", "22.4%", "Green", "Below England average; step-down to early help audited monthly."],
            ["Assessments completed within 45 working days", "90%", "71%", "78%", "83%", "86%", "88%", "87%", "82%", "Amber", "Slight dip during the case recording system changeover."],
            ["Initial child protection conferences within 15 working days of the strategy discussion", "85%", "68%", "74%", "79%", "82%", "85%", "86%", "78%", "Green", "Sustained improvement since the conference scheduling change."],
            ["Child protection plans starting that are second or subsequent plans", "20%", "26.1%", "24.0%", "22.9%", "21.7%", "20.9%", "21.4%", "23.8%", "Amber", "Thematic audit of repeat plans scheduled for January 2026."],
            ["Child protection plans lasting two years or more (of plans ending)", "3%", "6.8%", "5.9%", "4.7%", "3.9%", "3.1%", "2.6%", "3.8%", "Green", "Chairs' practice alerts have reduced drift."],
            ["Children on child protection plans visited within 10 working days", "95%", "82%", "86%", "90%", "92%", "94%", "95%", "n/a", "Green", "Target met."],
            ["Missing episodes with a return home interview offered within 72 hours", "85%", "48%", "55%", "61%", "64%", "69%", "78%", "n/a", "Red", "Horizons team took over all RHIs from 1 September 2025; September alone was 86%."],
            ["Return home interviews completed (accepted by the child)", "75%", "41%", "44%", "47%", "52%", "58%", "66%", "n/a", "Red", "Improving; second offers now made by a worker the child knows."])
        .H2("Children in care")
        .Table(Widths, Headers,
            ["Children in care visited within timescale", "95%", "79%", "83%", "87%", "90%", "91%", "93%", "n/a", "Amber", "Out-of-borough visits are the main gap."],
            ["Children in care with three or more placements in the last 12 months", "9%", "12.4%", "11.8%", "11.1%", "10.6%", "10.2%", "9.8%", "10%", "Amber", "Placement sufficiency for teenagers remains the main pressure."],
            ["Long-term placement stability (in care 2.5 years or more, same home for 2 years)", "70%", "63%", "64%", "66%", "67%", "68%", "70%", "71%", "Green", "Target met."],
            ["Review health assessments up to date", "90%", "81%", "84%", "86%", "88%", "89%", "90%", "89%", "Green", "Target met."],
            ["Personal education plans completed in term", "95%", "84%", "88%", "90%", "92%", "93%", "94%", "n/a", "Amber", "Virtual school tracking late PEPs weekly."],
            ["Children in care placed more than 20 miles from home", "25%", "34%", "33%", "32%", "31%", "31%", "30%", "n/a", "Red", "Sufficiency strategy targets 40 new fostering households by December 2026."])
        .H2("Care leavers")
        .Table(Widths, Headers,
            ["Care leavers aged 19 to 21 in education, employment or training (EET)", "60%", "47%", "49%", "51%", "53%", "55%", "57%", "56%", "Amber", "EET adviser in post; supported traineeship started September 2025."],
            ["Care leavers aged 19 to 21 in suitable accommodation", "92%", "86%", "87%", "88%", "89%", "90%", "91%", "88%", "Amber", "Four young people in custody counted as unsuitable."],
            ["Care leavers with an up-to-date pathway plan", "95%", "74%", "79%", "84%", "88%", "90%", "92%", "n/a", "Amber", "Improving each quarter."],
            ["Care leavers the council is in touch with", "95%", "93%", "94%", "95%", "96%", "97%", "97%", "93%", "Green", "Target met."])
        .H2("SEND")
        .Table(Widths, Headers,
            ["New EHC plans issued within 20 weeks (excluding exceptions), rolling 12 months", "65%", "49%", "52%", "55%", "58%", "61%", "63%", "46.4%", "Amber", "Above England average; educational psychology advice is the main cause of delay."],
            ["Annual reviews of EHC plans completed within 12 months", "90%", "62%", "66%", "71%", "74%", "78%", "81%", "n/a", "Red", "Annual review team expanded in August 2025."])
        .H2("Workforce")
        .Table(Widths, Headers,
            ["Agency social workers (% of social worker posts)", "15%", "31%", "28%", "24%", "21%", "19%", "17%", "18%", "Amber", "Eleven agency workers converted to permanent posts this year."],
            ["Average caseload (children per social worker)", "18", "22.4", "20.9", "19.6", "18.8", "18.1", "17.6", "n/a", "Green", "Highest caseloads are in the children in care teams (19.8)."],
            ["Case supervision within four weeks", "90%", "72%", "78%", "83%", "85%", "88%", "89%", "n/a", "Amber", "Quality of supervision measured through monthly audit."])
        .H2("Notes")
        .Bullets(
            "Quarter 1 is April to June; quarter 2 is July to September; quarter 3 is October to December; quarter 4 is January to March.",
            "Figures for quarter 1 2025–26 onwards come from the new case recording system and are subject to validation.",
            "England comparators are from the Department for Education's published statistics for the year ending 31 March 2025, or the SEND statistics for calendar year 2024.");
}

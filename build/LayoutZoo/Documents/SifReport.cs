namespace LayoutZoo.Documents;

/// <summary>A single inspection framework (2013-17) report: its front page's judgement table drawn as ruled boxes.</summary>
internal static class SifReport
{
    private static readonly (string Name, string Grade, int Indent)[] Judgements =
    [
        ("1. Children who need help and protection", "Requires improvement", 0),
        ("2. Children looked after and achieving permanence", "Requires improvement", 0),
        ("2.1 Adoption performance", "Good", 14),
        ("2.2 Experiences and progress of care leavers", "Requires improvement", 14),
        ("3. Leadership, management and governance", "Requires improvement", 0),
    ];

    private static readonly string[] Summary =
    [
        "Services for children in Brinkley have improved since the last inspection, but they are not yet good. Leaders have a realistic view of where practice needs to get better.",
        "Thresholds for help are understood across the partnership. Early help is well established in children's centres and schools, and most families receive support quickly.",
        "Children who are looked after live in stable homes. Adoption is a strength: children are matched with adopters quickly, and support after adoption is valued by families.",
    ];

    private static readonly string[] Recommendations =
    [
        "Ensure that assessments of children in need are completed within timescales that meet their needs.",
        "Improve the quality of pathway plans so that care leavers know what support they will receive.",
        "Strengthen the oversight of children who go missing, including the timeliness of return home interviews.",
    ];

    public static (string, byte[], IEnumerable<string>) Create()
    {
        using var layout = new FreeLayout();
        var page = layout.NewPage();
        layout.Text(page, "Ofsted", 60, 780, 26, layout.Bold);
        layout.Text(page, "Brinkley Borough Council", 60, 735, 18, layout.Bold);
        var y = layout.Paragraph(page, "Inspection of services for children in need of help and protection, children looked after and care leavers", 60, 470, 730, 13, 17, layout.Bold);
        layout.Text(page, "and", 60, y - 17, 13, layout.Bold);
        y = layout.Paragraph(page, "Review of the effectiveness of the local safeguarding children board", 60, 470, y - 17, 13, 17, layout.Bold);
        layout.Text(page, "Inspection date: 7 November 2016 to 1 December 2016", 60, y - 26, 10.5);
        layout.Text(page, "Report published: 23 January 2017", 60, y - 41, 10.5);

        // The judgement table: an overall statement across the top, then numbered judgements with their grades on the right.
        var top = y - 62;
        const double left = 60, width = 475, gradeX = 380, row = 24;
        layout.Box(page, left, top - row, width, row, fill: true);
        layout.Text(page, "Children's services in Brinkley require improvement to be good", left + 6, top - 16, 11, layout.Bold);
        for (var i = 0; i < Judgements.Length; i++)
        {
            var bottom = top - (row * (i + 2));
            layout.Box(page, left, bottom, gradeX - left, row, fill: false);
            layout.Box(page, gradeX, bottom, left + width - gradeX, row, fill: false);
            layout.Text(page, Judgements[i].Name, left + 6 + Judgements[i].Indent, bottom + 8, 10);
            layout.Text(page, Judgements[i].Grade, gradeX + 6, bottom + 8, 10);
        }

        var lscb = top - (row * (Judgements.Length + 1)) - 20;
        layout.Text(page, "The effectiveness of the local safeguarding children board: Good", 60, lscb, 10.5, layout.Bold);

        page = layout.NewPage();
        layout.Text(page, "Executive summary", 60, 770, 14, layout.Bold);
        y = 760;
        foreach (var paragraph in Summary)
        {
            y = layout.Paragraph(page, paragraph, 60, 475, y, 10.5, 14.5) - 8;
        }

        layout.Text(page, "What does the local authority need to improve?", 60, y - 14, 14, layout.Bold);
        layout.Text(page, "Recommendations", 60, y - 36, 11.5, layout.Bold);
        y -= 42;
        for (var i = 0; i < Recommendations.Length; i++)
        {
            layout.Text(page, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", 66, y - 14.5, 10.5);
            y = layout.Paragraph(page, Recommendations[i], 86, 450, y, 10.5, 14.5) - 6;
        }

        return ("sif-2016-brinkley.pdf", layout.Build("Brinkley SIF report", "sif-2016-brinkley"), Summary.Concat(Recommendations).SelectMany(Sentences.Split));
    }
}

namespace LayoutZoo.Documents;

/// <summary>An ILACS report under the 2026 changes: grade lines for each judgement and no overall effectiveness grade.</summary>
internal static class Ilacs2026Report
{
    private static readonly string[] GradeLines =
    [
        "The impact of leaders on social work practice with children and families: Requires improvement to be good",
        "The experiences and progress of children who need help and protection: Requires improvement to be good",
        "The experiences and progress of children in care: Good",
        "The experiences and progress of care leavers: Inadequate",
    ];

    private static readonly string[] Paragraphs =
    [
        "Leaders in Westmarch have focused on keeping families together safely. The new family help teams are making a difference for many children, although it is too early to see the impact for all of them.",
        "Care leavers do not receive the help they need. Too many young people live in unsuitable accommodation, and pathway plans are often out of date.",
    ];

    private static readonly string[] Improvements =
    [
        "The suitability of accommodation for care leavers and the quality of their pathway plans.",
        "The timeliness of assessments for children who need help and protection.",
    ];

    public static (string, byte[], IEnumerable<string>) Create()
    {
        using var layout = new FreeLayout();
        var page = layout.NewPage();
        layout.Text(page, "Ofsted", 64, 785, 24, layout.Bold);
        var y = layout.Paragraph(page, "Inspection of Westmarch local authority children's services", 64, 460, 760, 18, 22, layout.Bold);
        layout.Text(page, "Inspection dates: 11 to 22 May 2026", 64, y - 22, 10.5);
        layout.Text(page, "Lead inspector: Amira Haddad, His Majesty's Inspector", 64, y - 37, 10.5);
        layout.Text(page, "Date of publication: 3 July 2026", 64, y - 52, 10.5);
        y -= 70;
        foreach (var line in GradeLines)
        {
            y = layout.Paragraph(page, line, 64, 467, y, 10.5, 15, layout.Bold) - 5;
        }

        y -= 10;
        foreach (var paragraph in Paragraphs)
        {
            y = layout.Paragraph(page, paragraph, 64, 467, y, 10.5, 14.5) - 8;
        }

        layout.Text(page, "What needs to improve?", 64, y - 16, 13, layout.Bold);
        y -= 22;
        foreach (var item in Improvements)
        {
            layout.Text(page, "\u2022", 70, y - 14.5, 10.5);
            y = layout.Paragraph(page, item, 86, 445, y, 10.5, 14.5) - 5;
        }

        return ("ilacs-2026-westmarch.pdf", layout.Build("Westmarch ILACS 2026", "ilacs-2026-westmarch"), Paragraphs.SelectMany(Sentences.Split).Concat(Improvements));
    }
}

using System.Globalization;

namespace LayoutZoo.Documents;

/// <summary>
/// A committee report with a running header, "Page N of M" footers and numbered paragraphs, quoting what inspectors said at a
/// monitoring visit and naming earlier visits.
/// </summary>
internal static class ScrutinyReport
{
    private const double Left = 64, TextWidth = 467, Size = 10.5, Leading = 14.5;

    private static readonly (string? Heading, string Text)[] Body =
    [
        ("1. Purpose of the report", "This report informs the committee of the outcome of the fourth Ofsted monitoring visit to children's services since the inspection of October 2023, when services were judged inadequate."),
        (null, "The monitoring visit took place on 13 and 14 May 2025 and looked at the experiences of children in care and care leavers. The letter was published on 17 June 2025."),
        ("2. What inspectors found", "Inspectors noted that children in care now have a more stable relationship with their social workers, because the number of agency staff has fallen by half since the inspection."),
        (null, "Ofsted found that managers do not always record the reasons for their decisions when a child's plan changes."),
        (null, "Inspectors also said that the response to homeless 16- and 17-year-olds is still too slow, and that some young people spend several nights in unsuitable accommodation before their needs are assessed."),
        (null, "The letter recognises the progress made since the previous monitoring visit in February 2025, which had focused on the front door."),
        ("3. Actions in response", "The improvement plan has been updated. A new decision-recording template for team managers was introduced in June, and the joint protocol with housing services for homeless 16- and 17-year-olds is being rewritten with young people."),
        (null, "Progress against both actions will be reported to the improvement board in September, ahead of the next monitoring visit."),
        ("4. Recommendation", "The committee is asked to note the outcome of the monitoring visit and the actions being taken in response."),
    ];

    public static (string, byte[], IEnumerable<string>) Create()
    {
        using var layout = new FreeLayout();
        var pages = new List<int> { layout.NewPage() };
        var page = pages[0];
        var y = 740.0;
        layout.Text(page, "Calderbrook Metropolitan Borough Council", Left, y, 12, layout.Bold);
        layout.Text(page, "Children and Young People Scrutiny Committee", Left, y - 16, 12, layout.Bold);
        layout.Text(page, "Date of meeting: 9 July 2025", Left, y - 32, 10.5);
        y = layout.Paragraph(page, "Ofsted monitoring visit to children's services, May 2025: outcome and response", Left, TextWidth, y - 50, 16, 20, layout.Bold) - 8;
        layout.Text(page, "Report of: Director of Children's Services", Left, y - 12, 10.5);
        y -= 30;

        // Deliberately short pages so the report runs over three of them.
        foreach (var (heading, text) in Body)
        {
            if (y < 430)
            {
                page = layout.NewPage();
                pages.Add(page);
                y = 760;
            }

            if (heading is not null)
            {
                layout.Text(page, heading, Left, y - 14, 12, layout.Bold);
                y -= 24;
            }

            y = layout.Paragraph(page, text, Left, TextWidth, y, Size, Leading) - 9;
        }

        for (var i = 0; i < pages.Count; i++)
        {
            layout.Text(pages[i], "Children and Young People Scrutiny Committee, 9 July 2025", Left, 805, 8.5);
            var footer = string.Create(CultureInfo.InvariantCulture, $"Page {i + 1} of {pages.Count}");
            layout.Text(pages[i], footer, FreeLayout.Width - 64 - layout.TextWidth(footer, layout.Regular, 8.5), 36, 8.5);
        }

        return ("scrutiny-report-page-n-of-m.pdf", layout.Build("Ofsted monitoring visit May 2025", "scrutiny-report"), Body.SelectMany(b => Sentences.Split(b.Text)));
    }
}

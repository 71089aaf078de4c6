namespace LayoutZoo.Documents;

/// <summary>A newsletter in two columns with a shaded sidebar box at the top of the right column and a pull quote across both.</summary>
internal static class TwoColumnNewsletter
{
    private const double LeftX = 50, RightX = 310, ColumnWidth = 235, Size = 10, Leading = 13.5;

    private static readonly string[] LeftTop =
    [
        "Fenwick Vale started its family help service in April. Social workers, family support workers and health visitors now share a base in each of the borough's three localities.",
        "Families no longer have to tell their story to several different services. One lead practitioner stays with the family from the first conversation until help ends.",
        "In the first six months, the service worked with 1,240 families. Most were referred by schools, health visitors and the police.",
    ];

    private static readonly string[] Sidebar =
    [
        "1,240 families helped since April",
        "Three locality teams",
        "Average wait for a first visit: six days",
    ];

    private static readonly string[] RightTop =
    [
        "Parents told us that the new service feels less formal than social care. Several said they would ask for help sooner next time.",
        "Practitioners say that sharing a base makes it easier to agree a plan quickly when a family's circumstances change.",
    ];

    private const string Quote = "\"We finally had one person who knew our whole story.\"";

    private static readonly string[] LeftBottom =
    [
        "The service is also being tested by our own audits. In September, senior managers reviewed forty family help records with the workers who hold them.",
        "The audit found that plans were clear and written with families, but that reviews did not always record whether things had changed for the children.",
    ];

    private static readonly string[] RightBottom =
    [
        "Next year, the service will extend its opening hours to two evenings a week. A new parenting group for fathers will start in January.",
        "Families who would like to give their views on the service can speak to their lead practitioner or complete the survey on the council's website.",
    ];

    public static (string, byte[], IEnumerable<string>) Create()
    {
        using var layout = new FreeLayout();
        var page = layout.NewPage();
        layout.Text(page, "Family help in Fenwick Vale: autumn update", LeftX, 780, 20, layout.Bold);
        layout.Text(page, "Fenwick Vale Council newsletter for partners, published 3 October 2025", LeftX, 760, 10, layout.Italic);

        var left = Column(layout, page, LeftTop, LeftX, 740);

        // The sidebar: a shaded box of short facts at the top of the right column.
        var boxBottom = layout.Sidebar(page, "At a glance", Sidebar, RightX, ColumnWidth, 740);
        var right = Column(layout, page, RightTop, RightX, boxBottom - 12);

        var quoteTop = Math.Min(left, right) - 14;
        layout.Centred(page, Quote, quoteTop - 20, 15, layout.Italic);

        Column(layout, page, LeftBottom, LeftX, quoteTop - 40);
        Column(layout, page, RightBottom, RightX, quoteTop - 40);

        var sentences = LeftTop.Concat(RightTop).Concat(LeftBottom).Concat(RightBottom).SelectMany(Sentences.Split).Concat(Sidebar);
        return ("newsletter-two-column.pdf", layout.Build("Family help in Fenwick Vale", "newsletter-two-column"), sentences);
    }

    private static double Column(FreeLayout layout, int page, IEnumerable<string> paragraphs, double x, double top)
    {
        var y = top;
        foreach (var paragraph in paragraphs)
        {
            y = layout.Paragraph(page, paragraph, x, ColumnWidth, y, Size, Leading) - 7;
        }

        return y;
    }
}

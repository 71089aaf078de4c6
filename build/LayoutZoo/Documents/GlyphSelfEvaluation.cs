namespace LayoutZoo.Documents;

/// <summary>
/// A self-evaluation whose producer places every glyph on its own (no space characters, one text operation a letter), in
/// two columns with a shaded sidebar at the top of the right one and a pull-quote across both.
/// </summary>
internal static class GlyphSelfEvaluation
{
    private const double LeftX = 52, RightX = 312, ColumnWidth = 232, Size = 9.8, Leading = 13.2;

    private static readonly (string? Heading, string Text)[] LeftTop =
    [
        ("Our story since the last inspection", "When Ofsted last inspected our services, in January 2023, they judged them to require improvement to be good. Since then we have rebuilt the front door and reduced the number of agency social workers by a third."),
        (null, "Inspectors came back for a focused visit on 9 and 10 July 2024 and looked at our response to children at risk of exploitation outside the home."),
        ("What we know works", "Children in care tell us that they see the same social worker for longer than they used to. Our own audits rate four plans in five as good or better, up from half two years ago."),
    ];

    private static readonly string[] Sidebar =
    [
        "312 children in our care",
        "Agency social workers down from 42 to 28",
        "Nine in ten assessments finished within 45 working days",
    ];

    private static readonly (string? Heading, string Text)[] RightTop =
    [
        ("Where we are less sure", "Return home interviews for children who go missing are not always offered within three days. Managers are now told each morning which interviews are overdue."),
    ];

    private const string Quote = "\u201CMy social worker listens, and she comes back when she says she will.\u201D";

    private const string QuoteSource = "A young person in our care, aged 15";

    private static readonly (string? Heading, string Text)[] LeftBottom =
    [
        ("What we will do next", "We will open a second children's home in the borough by the summer, so that fewer children have to live far from their schools and friends."),
    ];

    private static readonly (string? Heading, string Text)[] RightBottom =
    [
        (null, "We will ask children and families to help us design the new family hubs, and we will report back to them on what changed as a result."),
    ];

    public static (string, byte[], IEnumerable<string>) Create()
    {
        using var layout = new FreeLayout(Placement.Glyphs);
        var page = layout.NewPage();
        layout.Text(page, "Hartwell children's services self-evaluation 2025", LeftX, 782, 18, layout.Bold);
        layout.Text(page, "Published by Hartwell Council on 12 November 2025", LeftX, 764, 10, layout.Italic);

        var left = Column(layout, page, LeftTop, LeftX, 744);

        var boxBottom = layout.Sidebar(page, "Hartwell in numbers", Sidebar, RightX, ColumnWidth, 744);
        var right = Column(layout, page, RightTop, RightX, boxBottom - 12);

        var quoteTop = Math.Min(left, right) - 16;
        layout.Centred(page, Quote, quoteTop - 20, 14, layout.Italic);
        layout.Centred(page, QuoteSource, quoteTop - 34, 9, layout.Regular);

        Column(layout, page, LeftBottom, LeftX, quoteTop - 52);
        Column(layout, page, RightBottom, RightX, quoteTop - 52);

        var sentences = LeftTop.Concat(RightTop).Concat(LeftBottom).Concat(RightBottom).SelectMany(p => Sentences.Split(p.Text)).Concat(Sidebar).Append(Quote);
        return ("self-evaluation-glyph-by-glyph-two-column-hartwell.pdf", layout.Build("Hartwell self-evaluation 2025", "self-evaluation-glyph-by-glyph-two-column-hartwell"), sentences);
    }

    private static double Column(FreeLayout layout, int page, IEnumerable<(string? Heading, string Text)> paragraphs, double x, double top)
    {
        var y = top;
        foreach (var (heading, text) in paragraphs)
        {
            if (heading is not null)
            {
                y -= 18;
                layout.Text(page, heading, x, y, 11, layout.Bold);
                y -= 2;
            }

            y = layout.Paragraph(page, text, x, ColumnWidth, y, Size, Leading) - 7;
        }

        return y;
    }
}

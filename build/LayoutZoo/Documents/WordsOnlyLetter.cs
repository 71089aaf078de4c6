namespace LayoutZoo.Documents;

/// <summary>
/// A focused visit letter from a producer that writes each word at its own position and no space character anywhere: only
/// the gaps between words say where one ends. One page, letterhead on the right, areas to improve as bullets.
/// </summary>
internal static class WordsOnlyLetter
{
    private const double Left = 64, TextWidth = 467, Size = 10.5, Leading = 14.5;

    private static readonly string[] Letterhead = ["Ofsted", "Piccadilly Gate", "Store Street", "Manchester", "M1 2WD"];

    private static readonly string[] Addressee = ["Tom Whitfield", "Director of Children's Services", "Corbridge County Council", "County Hall", "Corbridge"];

    private static readonly (string? Heading, string[] Paragraphs, bool Bullets)[] Body =
    [
        (null, [
            "This letter summarises the findings of the focused visit to Corbridge children's services on 4 and 5 February 2025. His Majesty's Inspectors for this visit were Priya Desai and Owen Marsh.",
            "Inspectors looked at the local authority's arrangements for children in need and children subject to a child protection plan.",
            "This visit was carried out in line with the inspection of local authority children's services (ILACS) framework.",
        ], false),
        ("Headline findings", [
            "Since the last inspection in September 2021, when services were judged good, leaders have kept a clear focus on the quality of practice. Most children in need of help and protection receive a timely and effective service.",
            "Social workers build trusting relationships with children and their families, and they use these relationships to help parents understand what needs to change.",
        ], false),
        ("What needs to improve in this area of social work practice?", [
            "The consistency of management oversight when a child's plan is not making progress.",
            "The timeliness of initial child protection conferences for unborn babies.",
        ], true),
        ("Main findings", [
            "Strategy discussions are held promptly and involve the right agencies. Decisions about whether to start child protection enquiries are proportionate and are clearly recorded.",
            "Child in need plans are reviewed regularly, but a small number of plans stay open for too long without a clear reason, and managers do not always notice when this happens.",
            "Conferences for unborn babies are sometimes held late in the pregnancy, which leaves parents little time to show that they can make the changes asked of them.",
            "Ofsted will take the findings from this focused visit into account at your next inspection.",
        ], false),
    ];

    public static (string, byte[], IEnumerable<string>) Create()
    {
        using var layout = new FreeLayout(Placement.Words);
        var pages = new List<int> { layout.NewPage() };
        var page = pages[0];
        var y = 790.0;
        foreach (var line in Letterhead)
        {
            layout.Text(page, line, 420, y, 9.5);
            y -= 12;
        }

        y -= 16;
        layout.Text(page, "11 March 2025", Left, y, Size);
        y -= 24;
        foreach (var line in Addressee)
        {
            layout.Text(page, line, Left, y, Size);
            y -= 13;
        }

        y -= 14;
        layout.Text(page, "Dear Mr Whitfield", Left, y, Size);
        y = layout.Paragraph(page, "Focused visit to Corbridge children's services", Left, TextWidth, y - 10, 14, 20, layout.Bold) - 6;

        foreach (var (heading, paragraphs, bullets) in Body)
        {
            if (heading is not null)
            {
                if (y < 180)
                {
                    pages.Add(layout.NewPage());
                    page = pages[^1];
                    y = 790;
                }

                y = layout.Paragraph(page, heading, Left, TextWidth, y - 8, 12, 17, layout.Bold) - 2;
            }

            foreach (var paragraph in paragraphs)
            {
                if (y < 110)
                {
                    pages.Add(layout.NewPage());
                    page = pages[^1];
                    y = 790;
                }

                if (bullets)
                {
                    layout.Text(page, "\u2022", Left + 4, y - Leading, Size);
                    y = layout.Paragraph(page, paragraph, Left + 18, TextWidth - 18, y, Size, Leading) - 5;
                }
                else
                {
                    y = layout.Paragraph(page, paragraph, Left, TextWidth, y, Size, Leading) - 8;
                }
            }
        }

        layout.Text(page, "Yours sincerely", Left, y - 20, Size);
        layout.Text(page, "Priya Desai", Left, y - 50, Size);
        layout.Text(page, "His Majesty's Inspector", Left, y - 63, Size);

        var sentences = Body.SelectMany(s => s.Paragraphs).SelectMany(Sentences.Split);
        return ("focused-visit-letter-no-space-characters-corbridge.pdf", layout.Build("Focused visit to Corbridge children's services", "focused-visit-letter-no-space-characters-corbridge"), sentences);
    }
}

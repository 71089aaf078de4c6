using UglyToad.PdfPig.Content;

namespace Inspection.Ingestion.Pdf;

/// <summary>
/// List bullets drawn as shapes rather than written as characters (Chromium, some office suites): small filled marks, about
/// as wide as tall, each standing just left of the line it starts. Lines they start are marked so each becomes a list item.
/// </summary>
internal static class PdfBullets
{
    private const double MinSide = 1.5;
    private const double MaxSide = 8;

    // How far left of its line's first letter a bullet may stand, in ems of the line's size.
    private const double MaxIndentEm = 3;

    /// <summary>The centres of the page's bullet-like marks (page coordinates), or none.</summary>
    public static List<(double X, double Y, double Right)> Find(Page page)
    {
        var marks = new List<(double, double, double)>();
        foreach (var path in page.Paths)
        {
            if (!path.IsFilled || path.GetBoundingRectangle() is not { } box)
            {
                continue;
            }

            var (width, height) = (box.Width, box.Height);
            if (width is >= MinSide and <= MaxSide && height is >= MinSide and <= MaxSide && Math.Max(width, height) <= 1.6 * Math.Min(width, height))
            {
                marks.Add((box.Left + (width / 2), box.Bottom + (height / 2), box.Right));
            }
        }

        return marks;
    }

    /// <summary>The lines with a bullet mark just before them, on their own line of text, marked as <see cref="PdfLine.Bulleted"/>.</summary>
    public static List<PdfLine> Mark(List<PdfLine> lines, List<(double X, double Y, double Right)> marks)
    {
        if (marks.Count == 0)
        {
            return lines;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var size = line.FontSize > 0 ? line.FontSize : 10;
            foreach (var (_, y, right) in marks)
            {
                if (y > line.Baseline - (0.2 * size) && y < line.Baseline + (0.8 * size)
                    && right <= line.Left + 0.5 && line.Left - right <= MaxIndentEm * size)
                {
                    lines[i] = line with { Bulleted = true };
                    break;
                }
            }
        }

        return lines;
    }
}

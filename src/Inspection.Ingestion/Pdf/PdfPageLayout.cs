namespace Inspection.Ingestion.Pdf;

/// <summary>
/// Puts a page's runs into reading order by recursive cuts along white space (an XY-cut): a gutter that no run crosses
/// splits the region into columns read one after the other, or into table cells kept together as rows; lines that cross
/// a gutter (titles, pull quotes, full-width paragraphs) cut the region into bands read top to bottom.
/// </summary>
/// <remarks>A single-column page has no gutter, so it costs one projection and comes out exactly as plain line grouping.</remarks>
internal static class PdfPageLayout
{
    // A run wider than this share of its region is page-wide text, which may cross a gutter (a title over columns).
    private const double WideShare = 0.65;

    // White space narrower than this (in ems of the region's typical size) is word spacing, not a gutter.
    private const double MinGutterEm = 0.8;

    // Columns of prose carry several words per line; table columns and label lists do not.
    private const double ProseWordsPerLine = 3.5;
    private const int MinProseLines = 3;
    private const int MaxDepth = 8;

    // Cells of one table row sit on the same baseline to within this share of their size.
    private const double RowTolerance = 0.12;

    public static List<PdfLine> Arrange(List<PdfRun> runs)
    {
        var output = new List<PdfLine>();
        Arrange(runs, output, 0);
        return output;
    }

    private static void Arrange(List<PdfRun> runs, List<PdfLine> output, int depth)
    {
        // One line cannot show a gutter: its wide gaps may be a justified line's stretched spaces, which line grouping weighs.
        if (runs.Count < 2 || depth > MaxDepth || Lines(runs).Count < 2)
        {
            output.AddRange(PdfLineBuilder.GroupIntoLines(runs));
            return;
        }

        var minGutter = Math.Max(5, MinGutterEm * MedianSize(runs));
        var gutters = Gutters(runs, minGutter, wideLimit: double.MaxValue);
        if (gutters.Count > 0)
        {
            SplitAcross(runs, gutters, output, depth);
            return;
        }

        // Gutters between the narrow runs: the page-wide lines crossing them cut the region into bands.
        var left = runs.Min(r => r.Left);
        var right = runs.Max(r => r.Right);
        gutters = Valleys(runs, minGutter, WideShare * (right - left));
        if (gutters.Count == 0)
        {
            output.AddRange(PdfLineBuilder.GroupIntoLines(runs));
            return;
        }

        var band = new List<PdfRun>();
        foreach (var line in Lines(runs))
        {
            if (line.Any(r => Crosses(r, gutters)))
            {
                Arrange(band, output, depth + 1);
                band.Clear();
                output.AddRange(PdfLineBuilder.GroupIntoLines(line));
            }
            else
            {
                band.AddRange(line);
            }
        }

        Arrange(band, output, depth + 1);
    }

    // The region splits at gutters that no run crosses; text standing above the point where every side has begun is a band of its own.
    private static void SplitAcross(List<PdfRun> runs, List<(double From, double To)> gutters, List<PdfLine> output, int depth)
    {
        var strips = Strips(runs, gutters);
        if (strips.Any(s => Lines(s).Count < 2))
        {
            // A column of one line is a label or a stray word beside the text: the lines stay whole.
            output.AddRange(PdfLineBuilder.GroupIntoLines(runs));
            return;
        }

        var size = MedianSize(runs);
        var commonTop = strips.Min(s => s.Max(r => r.Baseline));
        var above = runs.Where(r => r.Baseline > commonTop + (1.5 * size)).ToList();
        if (above.Count > 0)
        {
            Arrange(above, output, depth + 1);
            Arrange([.. runs.Where(r => r.Baseline <= commonTop + (1.5 * size))], output, depth + 1);
            return;
        }

        // A column of short lines beside prose whose lines do not share the prose's baselines is a sidebar (a letterhead and
        // address block set in smaller type beside the letter), read after the prose: a table's cells sit on its rows' lines.
        if (strips.All(IsProse) || (strips.Any(IsProse) && strips.Where(s => !IsProse(s)).All(s => !OnRowsOf(s, strips))))
        {
            foreach (var strip in strips)
            {
                Arrange(strip, output, depth + 1);
            }

            return;
        }

        PdfTableRows.Emit(runs, strips, gutters, output);
    }

    // At least half the lines of a column share a baseline with a line of another column, as a table's cells do.
    private static bool OnRowsOf(List<PdfRun> strip, List<List<PdfRun>> strips)
    {
        var others = strips.Where(s => !ReferenceEquals(s, strip)).SelectMany(s => s).Select(r => r.Baseline).ToList();
        var lines = Lines(strip);
        var shared = lines.Count(line => others.Any(b => Math.Abs(b - line[0].Baseline) <= RowTolerance * line[0].Size));
        return 2 * shared >= lines.Count;
    }

    private static bool IsProse(List<PdfRun> strip)
    {
        var lines = Lines(strip);
        return lines.Count >= MinProseLines && strip.Sum(r => r.Words) >= ProseWordsPerLine * lines.Count;
    }

    /// <summary>The runs of each column between the gutters, left to right.</summary>
    public static List<List<PdfRun>> Strips(List<PdfRun> runs, List<(double From, double To)> gutters)
    {
        var strips = new List<List<PdfRun>>();
        for (var i = 0; i <= gutters.Count; i++)
        {
            strips.Add([]);
        }

        foreach (var run in runs)
        {
            var index = 0;
            while (index < gutters.Count && run.Left >= gutters[index].To - 0.01)
            {
                index++;
            }

            strips[index].Add(run);
        }

        strips.RemoveAll(s => s.Count == 0);
        return strips;
    }

    /// <summary>Runs grouped by baseline, top line first.</summary>
    public static List<List<PdfRun>> Lines(List<PdfRun> runs)
    {
        var sorted = runs.OrderByDescending(r => r.Baseline).ToList();
        var lines = new List<List<PdfRun>>();
        foreach (var run in sorted)
        {
            if (lines.Count > 0 && Math.Abs(lines[^1][0].Baseline - run.Baseline) <= 0.35 * Math.Max(lines[^1][0].Size, run.Size))
            {
                lines[^1].Add(run);
            }
            else
            {
                lines.Add([run]);
            }
        }

        return lines;
    }

    private static bool Crosses(PdfRun run, List<(double From, double To)> gutters) =>
        gutters.Any(g => run.Left < g.To && run.Right > g.From);

    // Interior gaps of at least minWidth in the x-projection of the runs no wider than wideLimit.
    private static List<(double From, double To)> Gutters(List<PdfRun> runs, double minWidth, double wideLimit)
    {
        var spans = runs.Where(r => r.Right - r.Left <= wideLimit).Select(r => (r.Left, r.Right)).OrderBy(s => s.Left).ToList();
        var gutters = new List<(double, double)>();
        if (spans.Count < 2)
        {
            return gutters;
        }

        var reach = spans[0].Right;
        for (var i = 1; i < spans.Count; i++)
        {
            if (spans[i].Left - reach >= minWidth)
            {
                gutters.Add((reach, spans[i].Left));
            }

            reach = Math.Max(reach, spans[i].Right);
        }

        return gutters;
    }

    // Like gutters, but a few narrow runs may cross (a pull quote, a short centred title): x-ranges the runs no wider
    // than wideLimit leave nearly empty, with several runs on either side.
    private static List<(double From, double To)> Valleys(List<PdfRun> runs, double minWidth, double wideLimit)
    {
        var narrow = runs.Where(r => r.Right - r.Left <= wideLimit).ToList();
        if (narrow.Count < 4)
        {
            return [];
        }

        var origin = Math.Floor(narrow.Min(r => r.Left));
        var width = (int)Math.Ceiling(narrow.Max(r => r.Right) - origin) + 2;
        var change = new int[width + 1];
        foreach (var run in narrow)
        {
            change[(int)(run.Left - origin)]++;
            change[(int)Math.Ceiling(run.Right - origin)]--;
        }

        var tolerance = Math.Max(1, narrow.Count / 25);
        var cover = new int[width];
        var running = 0;
        for (var x = 0; x < width; x++)
        {
            running += change[x];
            cover[x] = running;
        }

        var valleys = new List<(double From, double To)>();
        var start = -1;
        for (var x = 0; x < width; x++)
        {
            var low = cover[x] <= tolerance;
            if (low && start < 0)
            {
                start = x;
            }
            else if (!low && start >= 0)
            {
                // Only the emptiest part of the valley counts, so that lines merely reaching into it are not taken as crossing it.
                var (from, to) = Deepest(cover, start, x);
                if (to - from >= minWidth && from > 0 && Enough(narrow, origin + from, before: true) && Enough(narrow, origin + to, before: false))
                {
                    valleys.Add((origin + from, origin + to));
                }

                start = -1;
            }
        }

        return valleys;
    }

    private static (int From, int To) Deepest(int[] cover, int start, int end)
    {
        var floor = int.MaxValue;
        for (var x = start; x < end; x++)
        {
            floor = Math.Min(floor, cover[x]);
        }

        (int From, int To) best = (start, start);
        for (var x = start; x < end; x++)
        {
            if (cover[x] != floor)
            {
                continue;
            }

            var from = x;
            while (x < end && cover[x] == floor)
            {
                x++;
            }

            if (x - from > best.To - best.From)
            {
                best = (from, x);
            }
        }

        return best;
    }

    private static bool Enough(List<PdfRun> runs, double edge, bool before) =>
        runs.Count(r => before ? r.Right <= edge + 0.5 : r.Left >= edge - 0.5) >= 3;

    private static double MedianSize(List<PdfRun> runs)
    {
        var sizes = runs.Select(r => r.Size).Order().ToList();
        return sizes[sizes.Count / 2];
    }
}

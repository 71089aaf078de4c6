using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Inspection.Ingestion.Pdf;

/// <summary>
/// Finds the tables a page draws with ruling lines. Producers draw a cell border either as a stroked line (LibreOffice,
/// Word) or as a thin filled rectangle (Chromium); both become rules. Horizontal and vertical rules that touch form a
/// grid, and a grid with at least two columns (a vertical rule inside it) is a table.
/// </summary>
/// <remarks>
/// A box round a sidebar or a rule under a heading has no inner vertical rule, so it is not a table; shaded cells
/// (RAG colours) are filled rectangles too wide to be rules, and are left out.
/// </remarks>
internal static class PdfRules
{
    /// <summary>How far apart (points) two rules may be and still be one line, or a rule and a line it meets.</summary>
    public const double Tolerance = 2;

    // A filled rectangle no thicker than this is a drawn line; a rule shorter than MinLength is a tick or a glyph part.
    private const double MaxThickness = 2.5;
    private const double MinLength = 4;

    public static List<PdfRuledTable> Find(Page page)
    {
        var horizontals = new List<PdfRule>();
        var verticals = new List<PdfRule>();
        foreach (var path in page.Paths)
        {
            foreach (var subpath in path)
            {
                if (path.IsStroked)
                {
                    AddStroked(subpath, horizontals, verticals);
                }
                else if (path.IsFilled && subpath.GetBoundingRectangle() is { } box)
                {
                    Add(box.Left, box.Bottom, box.Right, box.Top, thin: box.Height <= MaxThickness || box.Width <= MaxThickness, horizontals, verticals);
                }
            }
        }

        return horizontals.Count < 2 || verticals.Count == 0 ? [] : Tables(Merge(horizontals), Merge(verticals));
    }

    private static void AddStroked(PdfSubpath subpath, List<PdfRule> horizontals, List<PdfRule> verticals)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    Add(line.From.X, line.From.Y, line.To.X, line.To.Y, thin: true, horizontals, verticals);
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    Add(c.X, c.Y, s.X, s.Y, thin: true, horizontals, verticals);
                    current = s;
                    break;
                default:
                    // A curve is a rounded corner or a shape, not a rule.
                    current = null;
                    break;
            }
        }
    }

    private static void Add(double x1, double y1, double x2, double y2, bool thin, List<PdfRule> horizontals, List<PdfRule> verticals)
    {
        if (!thin)
        {
            return;
        }

        var (width, height) = (Math.Abs(x2 - x1), Math.Abs(y2 - y1));
        if (height <= MaxThickness && width >= MinLength)
        {
            horizontals.Add(new PdfRule((y1 + y2) / 2, Math.Min(x1, x2), Math.Max(x1, x2)));
        }
        else if (width <= MaxThickness && height >= MinLength)
        {
            verticals.Add(new PdfRule((x1 + x2) / 2, Math.Min(y1, y2), Math.Max(y1, y2)));
        }
    }

    // Collinear pieces that meet or overlap become one rule (Chromium draws a row's border cell by cell).
    private static List<PdfRule> Merge(List<PdfRule> rules)
    {
        rules.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.From.CompareTo(b.From));
        var merged = new List<PdfRule>();
        foreach (var rule in rules)
        {
            var joined = false;
            for (var i = merged.Count - 1; i >= 0 && rule.At - merged[i].At <= Tolerance; i--)
            {
                if (rule.From <= merged[i].To + Tolerance && rule.To >= merged[i].From - Tolerance)
                {
                    merged[i] = merged[i] with { From = Math.Min(merged[i].From, rule.From), To = Math.Max(merged[i].To, rule.To) };
                    joined = true;
                    break;
                }
            }

            if (!joined)
            {
                merged.Add(rule);
            }
        }

        return merged;
    }

    private static List<PdfRuledTable> Tables(List<PdfRule> horizontals, List<PdfRule> verticals)
    {
        // Grids are the connected groups of rules: a vertical and a horizontal belong together when they meet.
        var parent = Enumerable.Range(0, horizontals.Count + verticals.Count).ToArray();
        int Root(int i)
        {
            while (parent[i] != i)
            {
                i = parent[i] = parent[parent[i]];
            }

            return i;
        }

        for (var h = 0; h < horizontals.Count; h++)
        {
            for (var v = 0; v < verticals.Count; v++)
            {
                if (Meet(horizontals[h], verticals[v]))
                {
                    parent[Root(h)] = Root(horizontals.Count + v);
                }
            }
        }

        var tables = new List<PdfRuledTable>();
        foreach (var group in Enumerable.Range(0, parent.Length).GroupBy(Root))
        {
            var rows = group.Where(i => i < horizontals.Count).Select(i => horizontals[i]).ToList();
            var columns = group.Where(i => i >= horizontals.Count).Select(i => verticals[i - horizontals.Count]).ToList();
            if (rows.Count < 2 || columns.Count == 0)
            {
                continue;
            }

            // The outer edges count as boundaries even where a table has no outer border.
            var xs = Distinct(columns.Select(c => c.At).Append(rows.Min(r => r.From)).Append(rows.Max(r => r.To)));
            var ys = Distinct(rows.Select(r => r.At).Append(columns.Min(c => c.From)).Append(columns.Max(c => c.To)));
            ys.Reverse();
            // An inner vertical between two horizontals marks cells; a column rule that only touches a masthead line does not.
            var inner = columns.Any(c => c.At > xs[0] + Tolerance && c.At < xs[^1] - Tolerance && rows.Count(r => Meet(r, c)) >= 2);
            if (xs.Count >= 3 && ys.Count >= 2 && inner)
            {
                tables.Add(new PdfRuledTable(xs, ys, columns));
            }
        }

        tables.Sort((a, b) => b.Top.CompareTo(a.Top));
        return tables;
    }

    private static bool Meet(PdfRule horizontal, PdfRule vertical) =>
        vertical.At >= horizontal.From - Tolerance && vertical.At <= horizontal.To + Tolerance
        && horizontal.At >= vertical.From - Tolerance && horizontal.At <= vertical.To + Tolerance;

    private static List<double> Distinct(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var value in values.Order())
        {
            if (result.Count == 0 || value - result[^1] > Tolerance)
            {
                result.Add(value);
            }
        }

        return result;
    }
}

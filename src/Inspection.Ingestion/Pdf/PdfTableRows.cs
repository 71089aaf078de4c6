namespace Inspection.Ingestion.Pdf;

/// <summary>
/// Reads a region split by gutters as a table: lines become rows (a cell wrapped over several lines stays in its row),
/// each row's text per column becomes a cell. A row with text in one column only is ordinary text.
/// </summary>
internal static class PdfTableRows
{
    // Rows are set apart by cell padding and rules: a baseline step this much over the wrapped-line leading starts a row.
    private const double RowStep = 1.25;

    public static void Emit(List<PdfRun> runs, List<List<PdfRun>> strips, List<(double From, double To)> gutters, List<PdfLine> output)
    {
        var lines = PdfPageLayout.Lines(runs);
        foreach (var row in Rows(lines))
        {
            var cells = new string[strips.Count];
            var filled = 0;
            foreach (var strip in PdfPageLayout.Strips(row, gutters).Select(s => PdfLineBuilder.GroupIntoLines(s)))
            {
                var column = Column(strip[0].Left, gutters);
                // Wrapped lines stay apart until cleaning, which joins words hyphenated at a line end as it does in paragraphs.
                cells[Math.Min(column, cells.Length - 1)] = string.Join("\n", strip.Select(l => l.Text));
                filled++;
            }

            if (filled < 2)
            {
                output.AddRange(PdfLineBuilder.GroupIntoLines(row));
                continue;
            }

            var rowLines = PdfLineBuilder.GroupIntoLines(row);
            var first = rowLines[0];
            var kept = cells.Select(c => c ?? "").ToList();
            output.Add(first with
            {
                Text = string.Join(" ", kept.Where(c => c.Length > 0)),
                Cells = kept,
                Left = rowLines.Min(l => l.Left),
                Right = rowLines.Max(l => l.Right),
                Characters = rowLines.Sum(l => l.Characters),
            });
        }
    }

    private static int Column(double left, List<(double From, double To)> gutters)
    {
        var index = 0;
        while (index < gutters.Count && left >= gutters[index].To - 0.01)
        {
            index++;
        }

        return index;
    }

    private static List<List<PdfRun>> Rows(List<List<PdfRun>> lines)
    {
        var steps = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            steps.Add(lines[i - 1][0].Baseline - lines[i][0].Baseline);
        }

        // Wrapped cells give two kinds of step, the lines' leading and the larger step between rows; when the steps do not
        // fall into two such groups, every line is a row of its own.
        var threshold = double.MaxValue;
        var sorted = steps.Order().ToList();
        var best = 1.0;
        for (var i = 1; i < sorted.Count; i++)
        {
            var ratio = sorted[i] / Math.Max(0.1, sorted[i - 1]);
            if (ratio > best)
            {
                best = ratio;
                threshold = Math.Sqrt(sorted[i] * sorted[i - 1]);
            }
        }

        // One large step is the gap after the table (or before it), not the sign of wrapped rows.
        var uniform = best < RowStep || sorted.Count(x => x > threshold) < 2;
        var rows = new List<List<PdfRun>>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == 0 || uniform || steps[i - 1] > threshold)
            {
                rows.Add([]);
            }

            rows[^1].AddRange(lines[i]);
        }

        return rows;
    }
}

using System.Text;
using UglyToad.PdfPig.Content;

namespace Inspection.Ingestion.Pdf;

/// <summary>
/// Reads a ruled table's letters as rows of cells: each letter goes to the box the rules make around it, so a cell's
/// text never runs into its neighbour however narrow the gap, and every row has one cell per column of the table.
/// </summary>
internal static class PdfRuledRows
{
    // Within one ruled band, rows are told apart only by a clearly larger step between baselines (see Rows).
    private const double RowStep = 1.25;

    public static List<PdfLine> Read(PdfRuledTable table, List<Letter> letters, StringBuilder sideways)
    {
        var bandCount = table.Rows.Count - 1;
        var columnCount = table.Columns.Count - 1;
        var bands = new List<Letter>[bandCount][];
        var boundaries = new List<int>[bandCount];
        for (var b = 0; b < bandCount; b++)
        {
            bands[b] = new List<Letter>[columnCount];
            boundaries[b] = table.BoundariesAt((table.Rows[b] + table.Rows[b + 1]) / 2);
        }

        foreach (var letter in letters)
        {
            var (x, y) = Centre(letter);
            var band = 0;
            while (band < bandCount - 1 && y < table.Rows[band + 1])
            {
                band++;
            }

            var marks = boundaries[band];
            var cell = 0;
            while (cell < marks.Count - 2 && x >= table.Columns[marks[cell + 1]])
            {
                cell++;
            }

            (bands[band][marks[cell]] ??= []).Add(letter);
        }

        var output = new List<PdfLine>();
        foreach (var band in bands)
        {
            var runs = new List<(int Column, PdfRun Run)>();
            for (var column = 0; column < columnCount; column++)
            {
                if (band[column] is { } cellLetters)
                {
                    runs.AddRange(PdfLineBuilder.BuildRuns(cellLetters, UglyToad.PdfPig.Content.TextOrientation.Horizontal, [], sideways).Select(r => (column, r)));
                }
            }

            foreach (var row in Rows(runs, splittable: bandCount < 3))
            {
                Emit(row, columnCount, output);
            }
        }

        return output;
    }

    private static (double X, double Y) Centre(Letter letter)
    {
        var size = letter.PointSize > 0 ? letter.PointSize : 10;
        return ((letter.StartBaseLine.X + letter.EndBaseLine.X) / 2, letter.StartBaseLine.Y + (0.3 * size));
    }

    private static void Emit(List<(int Column, PdfRun Run)> row, int columnCount, List<PdfLine> output)
    {
        var cells = new string[columnCount];
        var filled = 0;
        foreach (var group in row.GroupBy(r => r.Column))
        {
            // Wrapped lines stay apart until cleaning, which joins words hyphenated at a line end as it does in paragraphs.
            cells[group.Key] = string.Join("\n", PdfLineBuilder.GroupIntoLines([.. group.Select(r => r.Run)]).Select(l => l.Text));
            filled++;
        }

        var lines = PdfLineBuilder.GroupIntoLines([.. row.Select(r => r.Run)]);
        if (filled < 2)
        {
            // A title or note spanning the table, or a row cut by a page break with one cell left: ordinary text.
            output.AddRange(lines);
            return;
        }

        var kept = cells.Select(c => c ?? "").ToList();
        output.Add(lines[0] with
        {
            Text = string.Join(" ", kept.Where(c => c.Length > 0)),
            Cells = kept,
            Left = lines.Min(l => l.Left),
            Right = lines.Max(l => l.Right),
            Characters = lines.Sum(l => l.Characters),
        });
    }

    // A ruled band is one row, unless the table rules no rows (only its outline, or a line under the header) and the band
    // holds several rows set apart by a clearly larger step than the wrapped lines' leading, at least twice.
    private static List<List<(int Column, PdfRun Run)>> Rows(List<(int Column, PdfRun Run)> runs, bool splittable)
    {
        if (runs.Count == 0)
        {
            return [];
        }

        var column = runs.ToDictionary(r => r.Run, r => r.Column);
        var lines = PdfPageLayout.Lines([.. runs.Select(r => r.Run)]);
        var steps = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            steps.Add(lines[i - 1][0].Baseline - lines[i][0].Baseline);
        }

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

        var split = splittable && best >= RowStep && sorted.Count(s => s > threshold) >= 2;
        var rows = new List<List<(int, PdfRun)>>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == 0 || (split && steps[i - 1] > threshold))
            {
                rows.Add([]);
            }

            rows[^1].AddRange(lines[i].Select(r => (column[r], r)));
        }

        return rows;
    }
}

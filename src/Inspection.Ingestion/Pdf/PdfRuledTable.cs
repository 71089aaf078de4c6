namespace Inspection.Ingestion.Pdf;

/// <summary>
/// A table drawn with ruling lines on a PDF page (page coordinates): its column boundaries left to right, its row
/// boundaries top to bottom, and the vertical rules, so that a cell spanning columns (no rule between them) stays one cell.
/// </summary>
internal sealed record PdfRuledTable(IReadOnlyList<double> Columns, IReadOnlyList<double> Rows, IReadOnlyList<PdfRule> Verticals)
{
    public double Left => Columns[0];

    public double Right => Columns[^1];

    public double Top => Rows[0];

    public double Bottom => Rows[^1];

    public bool Contains(double x, double y, double tolerance) =>
        x >= Left - tolerance && x <= Right + tolerance && y >= Bottom - tolerance && y <= Top + tolerance;

    /// <summary>The column boundaries a rule actually marks at height y (the table's outer edges always count).</summary>
    public List<int> BoundariesAt(double y)
    {
        var boundaries = new List<int> { 0 };
        for (var i = 1; i < Columns.Count - 1; i++)
        {
            if (Verticals.Any(v => Math.Abs(v.At - Columns[i]) <= PdfRules.Tolerance && v.From - PdfRules.Tolerance <= y && y <= v.To + PdfRules.Tolerance))
            {
                boundaries.Add(i);
            }
        }

        boundaries.Add(Columns.Count - 1);
        return boundaries;
    }
}

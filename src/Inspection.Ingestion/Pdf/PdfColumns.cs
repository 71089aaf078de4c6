namespace Inspection.Ingestion.Pdf;

/// <summary>Finds the gutter of a two-column page from where its text runs start, so columns are read one after the other.</summary>
internal static class PdfColumns
{
    private const double Bucket = 4;

    /// <summary>The x where the right column starts, or null when the page is not set in two text columns.</summary>
    public static double? FindGutter(IReadOnlyList<(double Left, double Right, int Words)> runs)
    {
        if (runs.Count < 16)
        {
            return null;
        }

        var starts = new Dictionary<double, int>();
        foreach (var run in runs)
        {
            var key = Math.Round(run.Left / Bucket) * Bucket;
            starts[key] = starts.GetValueOrDefault(key) + 1;
        }

        var ranked = starts.OrderByDescending(kv => kv.Value).ToList();
        if (ranked.Count < 2)
        {
            return null;
        }

        var left = Math.Min(ranked[0].Key, ranked[1].Key);
        var right = Math.Max(ranked[0].Key, ranked[1].Key);
        var second = Math.Min(ranked[0].Value, ranked[1].Value);
        var third = ranked.Count > 2 ? ranked[2].Value : 0;
        var maxRight = runs.Max(r => r.Right);

        // Two dominant starts far apart, a third far behind (tables have several), and the right one a real text column.
        if (second < 8 || third * 3 > second || right - left < (maxRight - left) * 0.3)
        {
            return null;
        }

        var gutter = right - Bucket;
        int spanning = 0, leftRuns = 0, rightRuns = 0, leftWords = 0, rightWords = 0;
        foreach (var run in runs)
        {
            if (run.Left < gutter && run.Right > gutter + Bucket)
            {
                spanning++;
            }
            else if (run.Left < gutter)
            {
                leftRuns++;
                leftWords += run.Words;
            }
            else
            {
                rightRuns++;
                rightWords += run.Words;
            }
        }

        // Prose columns carry several words per line on both sides; a label/value table does not, and nothing crosses a gutter.
        var prose = leftRuns > 0 && rightRuns > 0 && leftWords >= leftRuns * 4 && rightWords >= rightRuns * 4;
        return prose && spanning * 10 <= runs.Count ? gutter : null;
    }
}

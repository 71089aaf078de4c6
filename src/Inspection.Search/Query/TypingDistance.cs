namespace Inspection.Search.Query;

/// <summary>
/// How far apart two spellings are as slips of the keyboard: insertions, deletions, substitutions and adjacent
/// transpositions, where the slips people make most (two letters swapped, a letter doubled or not, a neighbouring key
/// on a QWERTY keyboard) cost less than an arbitrary edit. Used to choose between suggestions the same number of edits away.
/// </summary>
public static class TypingDistance
{
    private const double Edit = 1.0;
    private const double Slip = 0.6;
    private static readonly string[] Rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    /// <summary>The cheapest sequence of edits turning <paramref name="typed"/> into <paramref name="meant"/>, slips cheaper.</summary>
    public static double Between(string typed, string meant) => Cost(typed, meant, Slip);

    /// <summary>
    /// The plain number of edits (insertions, deletions, substitutions, adjacent transpositions) between two spellings,
    /// every edit counting one: how far a suggestion may be from what was typed.
    /// </summary>
    public static int Edits(string typed, string meant) => (int)Cost(typed, meant, Edit);

    private static double Cost(string typed, string meant, double slip)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(meant);
        var d = new double[typed.Length + 1, meant.Length + 1];
        for (var i = 0; i <= typed.Length; i++)
        {
            d[i, 0] = i * Edit;
        }

        for (var j = 0; j <= meant.Length; j++)
        {
            d[0, j] = j * Edit;
        }

        for (var i = 1; i <= typed.Length; i++)
        {
            for (var j = 1; j <= meant.Length; j++)
            {
                var t = typed[i - 1];
                var m = meant[j - 1];
                var substitute = t == m ? 0 : Adjacent(t, m) ? slip : Edit;
                // A letter typed twice, or a double letter typed once, is a slip; other extra or missing letters are edits.
                var extra = (i > 1 && typed[i - 2] == t) || (i < typed.Length && typed[i] == t) ? slip : Edit;
                var missing = (j > 1 && meant[j - 2] == m) || (j < meant.Length && meant[j] == m) ? slip : Edit;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + extra, d[i, j - 1] + missing), d[i - 1, j - 1] + substitute);
                if (i > 1 && j > 1 && t == meant[j - 2] && typed[i - 2] == m)
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + slip);
                }
            }
        }

        return d[typed.Length, meant.Length];
    }

    /// <summary>True when the two letters are neighbouring keys on a QWERTY keyboard (same row or the row above or below).</summary>
    public static bool Adjacent(char a, char b)
    {
        var (rowA, colA) = Key(a);
        var (rowB, colB) = Key(b);
        if (rowA < 0 || rowB < 0 || (rowA == rowB && colA == colB))
        {
            return false;
        }

        // Rows are staggered: a key touches the one before and after it, and two keys of each neighbouring row.
        return Math.Abs(rowA - rowB) switch
        {
            0 => Math.Abs(colA - colB) == 1,
            1 => (rowA < rowB ? colA - colB : colB - colA) is 0 or 1,
            _ => false,
        };
    }

    private static (int Row, int Column) Key(char c)
    {
        for (var row = 0; row < Rows.Length; row++)
        {
            var column = Rows[row].IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal);
            if (column >= 0)
            {
                return (row, column);
            }
        }

        return (-1, -1);
    }
}

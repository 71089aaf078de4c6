using System.Globalization;
using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// Finds a written statement of action's areas of concern written with their number ("Area of Concern 2: Quality assurance
/// is not rigorous enough ...") or as rows of a table whose header names a column "Area of concern". Plans restate each area
/// before its actions, so only the first statement of each number counts.
/// </summary>
internal static partial class AreaOfConcernRule
{
    public static IEnumerable<(string Text, int Block)> Find(IReadOnlyList<Block> blocks)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var column = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            if (blocks[i].Kind != BlockKind.TableRow)
            {
                column = -1;
            }
            else if (column >= 0)
            {
                // A row under an "Area of concern" header: its cell in that column is the area, numbered by its first cell
                // when that is a number, else by its place in the table.
                var cells = ActionTableRule.Cells(text);
                if (column < cells.Count && BlockText.WordCount(cells[column]) >= 4)
                {
                    var number = column > 0 && RowNumber().IsMatch(cells[0]) ? cells[0].TrimEnd('.') : (seen.Count + 1).ToString(CultureInfo.InvariantCulture);
                    if (seen.Add(number))
                    {
                        yield return (cells[column].TrimEnd(';'), i);
                    }
                }

                continue;
            }

            if (!text.Contains("concern", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (blocks[i].Kind == BlockKind.TableRow)
            {
                column = ActionTableRule.Cells(text).FindIndex(c => HeaderCell().IsMatch(c));
                if (column >= 0)
                {
                    continue;
                }
            }

            var match = Labelled().Match(BlockText.StripBullet(text));
            if (match.Success && BlockText.WordCount(match.Groups["text"].Value) >= 4 && seen.Add(match.Groups["n"].Value))
            {
                yield return (match.Groups["text"].Value.Trim().TrimEnd(';'), i);
            }
        }
    }

    [GeneratedRegex(@"^areas? of (?:significant )?concern$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderCell();

    [GeneratedRegex(@"^\d{1,2}\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"^area of concern\s+(?<n>\d{1,2}|[a-z])\s*[:.\-–—]\s*(?<text>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();
}

using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// Finds a written statement of action's areas of concern written with their number ("Area of Concern 2: Quality assurance
/// is not rigorous enough ..."). Plans restate each area before its actions, so only the first statement of each number counts.
/// </summary>
internal static partial class AreaOfConcernRule
{
    public static IEnumerable<(string Text, int Block)> Find(IReadOnlyList<Block> blocks)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            if (!text.Contains("concern", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var match = Labelled().Match(BlockText.StripBullet(text));
            if (match.Success && BlockText.WordCount(match.Groups["text"].Value) >= 4 && seen.Add(match.Groups["n"].Value))
            {
                yield return (match.Groups["text"].Value.Trim().TrimEnd(';'), i);
            }
        }
    }

    [GeneratedRegex(@"^area of concern\s+(?<n>\d{1,2}|[a-z])\s*[:.\-–—]\s*(?<text>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();
}

using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// Finds revisit verdicts ("The local area has not made sufficient progress in addressing this significant weakness")
/// and names the weakness each one is about: written after "in addressing", else the subject of the enclosing section,
/// matched to a listed significant weakness when one reads the same.
/// </summary>
internal static partial class ProgressVerdictRule
{
    private const int SectionReach = 40;

    private static readonly string[] GenericHeadings = ["key findings", "findings", "main findings", "summary", "evidence", "progress", "key findings and progress"];

    public static IEnumerable<(string Verdict, string Weakness, int Block)> Find(IReadOnlyList<Block> blocks, IReadOnlyList<string> knownWeaknesses)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            foreach (Match match in Verdict().Matches(blocks[i].Text))
            {
                var subject = match.Groups["what"].Value.Trim().TrimEnd('.', ';', ',');
                if (CountOfMany().IsMatch(subject))
                {
                    continue;
                }

                var negative = match.Groups["not"].Success || match.Groups["q"].Value.StartsWith("in", StringComparison.OrdinalIgnoreCase);
                var weakness = RefersBack().IsMatch(subject) || BlockText.WordCount(subject) < 3
                    ? SectionSubject(blocks, i)
                    : subject;
                if (weakness is null)
                {
                    continue;
                }

                yield return (negative ? ProgressVerdicts.Insufficient : ProgressVerdicts.Sufficient, BestKnown(weakness, knownWeaknesses), i);
            }
        }
    }

    // The subject of the section is its heading when the heading says something ("4.3 The extent to which..."),
    // else the first short statement under a bare heading such as "4.1 Area One".
    private static string? SectionSubject(IReadOnlyList<Block> blocks, int verdict)
    {
        var start = SectionStart(blocks, verdict);
        if (start < 0)
        {
            return null;
        }

        var heading = BlockText.StripMarkup(BlockText.StripNumbering(blocks[start].Text)).Trim();
        if (BlockText.WordCount(heading) >= 4 && !BareArea().IsMatch(heading))
        {
            return heading;
        }

        for (var j = start + 1; j < verdict; j++)
        {
            var text = blocks[j].Text.Trim();
            if (!IsGeneric(text) && BlockText.WordCount(text) is > 2 and <= 40 && !BlockText.IsListItem(blocks[j]))
            {
                return text.TrimEnd('.');
            }
        }

        return heading;
    }

    // The nearest real heading (tagged, or numbered like "4.5") wins over a short unpunctuated line that merely looks like one.
    private static int SectionStart(IReadOnlyList<Block> blocks, int verdict)
    {
        var fallback = -1;
        for (var i = verdict - 1; i >= Math.Max(0, verdict - SectionReach); i--)
        {
            var block = blocks[i];
            if (!BlockText.IsHeadingLike(block) || IsGeneric(block.Text))
            {
                continue;
            }

            if (block.Kind == BlockKind.Heading || BlockText.NumberingDepth(block.Text) > 0)
            {
                return i;
            }

            fallback = fallback < 0 ? i : fallback;
        }

        return fallback;
    }

    private static bool IsGeneric(string text) =>
        GenericHeadings.Contains(BlockText.Normalise(BlockText.StripNumbering(text)).TrimEnd(':', '.'), StringComparer.Ordinal);

    private static string BestKnown(string weakness, IReadOnlyList<string> known)
    {
        var words = ContentWords(weakness);
        string? best = null;
        var bestScore = 0.0;
        foreach (var candidate in known)
        {
            var other = ContentWords(candidate);
            var shared = words.Intersect(other, StringComparer.Ordinal).Count();
            var score = shared / (double)Math.Max(1, Math.Max(words.Count, other.Count));
            if (score > bestScore)
            {
                bestScore = score;
                best = candidate;
            }
        }

        return bestScore >= 0.6 && best is not null ? best : weakness;
    }

    private static HashSet<string> ContentWords(string text) =>
        [.. Word().Matches(BlockText.Normalise(text)).Select(m => m.Value).Where(w => w.Length > 3)];

    [GeneratedRegex(@"\b(?:has|have|had)\s+(?<not>not\s+)?made\s+(?<q>sufficient|enough|insufficient)\s+progress\b(?:\s+(?:in\s+)?(?:addressing|tackling|improving|against|towards|on|in relation to|with|in)\b)?(?<what>[^.;]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Verdict();

    [GeneratedRegex(@"^(?:this|these|that|those|the)\s+(?:area(?:s)?\s+of\s+)?(?:significant\s+)?(?:weakness(?:es)?|area(?:s)?|concern(?:s)?)\b|^$", RegexOptions.IgnoreCase)]
    private static partial Regex RefersBack();

    // "two of the three", "all of them", and a bare "all four" or "both": a verdict on several weaknesses at once, not one.
    [GeneratedRegex(@"^(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|all|each|some|most|none|both|several)\s+(?:out\s+)?of\b|(?:all|both)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CountOfMany();

    [GeneratedRegex(@"^area\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BareArea();

    [GeneratedRegex(@"[a-z][a-z'-]+")]
    private static partial Regex Word();
}

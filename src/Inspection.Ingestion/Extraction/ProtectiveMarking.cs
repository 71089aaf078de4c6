using System.Text.RegularExpressions;
using Inspection.Content.Evidence;

namespace Inspection.Ingestion.Extraction;

/// <summary>
/// Finds the Government Security Classification a document marks itself with, usually in running headers or footers
/// (which cleaning removes, so this runs first). "OFFICIAL-SENSITIVE: PERSONAL" maps to our Personal classification.
/// </summary>
public static partial class ProtectiveMarking
{
    private const int EdgeBlocksPerPage = 3;

    /// <summary>The highest marking found, or null when the document carries none.</summary>
    public static string? Detect(IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        string? found = null;
        foreach (var page in blocks.GroupBy(b => b.Page))
        {
            var list = page.ToList();
            // Markings sit at the top or bottom of a page; a sentence mentioning "official" mid-page is not one.
            foreach (var block in list.Take(EdgeBlocksPerPage).Concat(list.TakeLast(EdgeBlocksPerPage)))
            {
                found = Higher(found, Classify(block.Text));
            }
        }

        return found;
    }

    /// <summary>The highest marking among lines that are page furniture by where they come from (a Word file's header and
    /// footer zones), or null when none is one.</summary>
    public static string? InLines(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        string? found = null;
        foreach (var line in lines)
        {
            found = Higher(found, Classify(line));
        }

        return found;
    }

    /// <summary>The more restrictive of two classifications (null counts as none).</summary>
    public static string? Higher(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        return Rank(a) >= Rank(b) ? a : b;
    }

    private static int Rank(string classification)
    {
        for (var i = 0; i < Classifications.All.Count; i++)
        {
            if (string.Equals(Classifications.All[i], classification, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string? Classify(string text)
    {
        var match = Marking().Match(text);
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["personal"].Success)
        {
            return Classifications.Personal;
        }

        return match.Groups["sensitive"].Success ? Classifications.OfficialSensitive : Classifications.Official;
    }

    // Upper case as markings are written; alone on the line or set off by a separator ("... | OFFICIAL"). The hyphen may be
    // spaced or a dash ("OFFICIAL - SENSITIVE", "OFFICIAL – SENSITIVE"), as word processors' headers often set it.
    [GeneratedRegex(@"(?:^|[|•–-]\s*)OFFICIAL(?<sensitive>(?:\s*[-–‑]\s*|\s+)SENSITIVE(?:\s*[:\-–]\s*(?<personal>PERSONAL))?)?\s*(?:$|[|•])", RegexOptions.CultureInvariant)]
    private static partial Regex Marking();
}

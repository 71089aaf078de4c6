using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Cleaning;

/// <summary>
/// Drops the line a fax machine stamps across the edge of each page it sends ("FROM: ... 24/02/2026 09:12 ... PAGE 1/2"): the
/// sender's number, the time it was sent and a page counter, none of them the document's. Known by a date, a time of day and
/// an "n/N" counter at its end, at a page's top or bottom; it repeats on too few pages of a short fax, and OCR reads it a
/// little differently on each, for the running-header step to find it.
/// </summary>
public sealed partial class FaxHeaderRemover : IBlockCleaner
{
    private const int MaxWords = 20;
    private const int MaxSmallWords = 3;

    public IReadOnlyList<Block> Clean(IReadOnlyList<Block> blocks, int pageCount)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var edges = PageEdges.Positions(blocks, depth: 1);
        var result = new List<Block>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (edges[i] == 0 || !IsFaxHeader(blocks[i].Text))
            {
                result.Add(blocks[i]);
            }
        }

        return result;
    }

    internal static bool IsFaxHeader(string text)
    {
        var line = text.Trim();
        if (line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > MaxWords
            || Counter().Match(line) is not { Success: true } counter
            || int.Parse(counter.Groups["page"].Value, System.Globalization.CultureInfo.InvariantCulture) > int.Parse(counter.Groups["of"].Value, System.Globalization.CultureInfo.InvariantCulture))
        {
            return false;
        }

        // A stamp is names, numbers and capitals; a sentence that happens to hold a date, a time and "1/2" has its small words.
        var before = line[..counter.Index];
        return NumericDate().IsMatch(before) && TimeOfDay().IsMatch(before) && SmallWord().Count(before) < MaxSmallWords;
    }

    [GeneratedRegex(@"(?<![\p{L}\d])\p{Ll}{2,}(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex SmallWord();

    // "PAGE 1/2", "P.01/03", "001/003" closing the line (a speck after it allowed); OCR may misread the word ("RAGE 1/2").
    [GeneratedRegex(@"(?:\b\p{L}{1,4}\.?\s*)?\b0*(?<page>\d{1,3})\s*/\s*0*(?<of>\d{1,3})[\s.,'""’]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Counter();

    [GeneratedRegex(@"\b\d{1,2}[/.-](?:\d{1,2}|[A-Za-z]{3})[/.-](?:\d{2}|\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b\d{1,2}[:.]\d{2}\b(?![/.-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();
}

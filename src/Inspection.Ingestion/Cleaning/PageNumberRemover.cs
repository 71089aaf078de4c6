using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Cleaning;

/// <summary>Drops page-number lines: "Page 86", "- 12 -" and "Page 3 of 12" anywhere, a bare "86" only at the top or bottom of a page.</summary>
public sealed partial class PageNumberRemover : IBlockCleaner
{
    public IReadOnlyList<Block> Clean(IReadOnlyList<Block> blocks, int pageCount)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var edges = PageEdges.Positions(blocks, depth: 2);
        var result = new List<Block>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            // Text re-flowed from another PDF keeps its old "Page 86" lines mid-page; a bare number there may be data.
            var text = blocks[i].Text;
            var remove = blocks[i].Kind != BlockKind.TableRow && (IsMarkedPageNumber(text) || (edges[i] != 0 && IsPageNumber(text)));
            if (!remove)
            {
                result.Add(blocks[i]);
            }
        }

        return result;
    }

    internal static bool IsPageNumber(string text) => text.Length <= 24 && PageNumber().IsMatch(text);

    internal static bool IsMarkedPageNumber(string text) => text.Length <= 24 && MarkedPageNumber().IsMatch(text);

    [GeneratedRegex(@"^(?:(?:page|p\.|pg\.?)\s*)?(?:\d{1,4}|(?-i:[ivxlc]{1,6}))(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkedPageNumber();
}

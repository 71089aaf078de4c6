using System.Text;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Cleaning;

/// <summary>Drops running headers and footers: the same text (digits masked) at the same page edge on at least 30% of pages and at least 3;
/// a table row only as the last block of its pages.</summary>
public sealed class RunningHeaderFooterRemover : IBlockCleaner
{
    private const int EdgeDepth = 2;
    private const int MaxLength = 200;

    public IReadOnlyList<Block> Clean(IReadOnlyList<Block> blocks, int pageCount)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var pages = Math.Max(pageCount, blocks.Count == 0 ? 0 : blocks.Max(b => b.Page));
        var threshold = Math.Max(3, (int)Math.Ceiling(pages * 0.3));
        if (pages < threshold)
        {
            return blocks;
        }

        var edges = PageEdges.Positions(blocks, EdgeDepth);
        var keys = new string?[blocks.Count];
        var pagesPerKey = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (var i = 0; i < blocks.Count; i++)
        {
            // A table's header row repeats at the top of its pages and is the table's own; a row that ends every page is a
            // footer set in cells (a slide's footer text, date and number).
            if (edges[i] == 0 || blocks[i].Text.Length > MaxLength || blocks[i].Kind is BlockKind.ListItem
                || (blocks[i].Kind is BlockKind.TableRow && edges[i] != -1))
            {
                continue;
            }

            var key = (edges[i] > 0 ? "top:" : "bottom:") + Mask(blocks[i].Text);
            keys[i] = key;
            if (!pagesPerKey.TryGetValue(key, out var set))
            {
                pagesPerKey[key] = set = [];
            }

            set.Add(blocks[i].Page);
        }

        var result = new List<Block>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (keys[i] is not { } key || pagesPerKey[key].Count < threshold)
            {
                result.Add(blocks[i]);
            }
        }

        return result;
    }

    // Digits vary (page numbers, dates in "Page 3 of 12"), so they are masked; case and spacing are not signal.
    internal static string Mask(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(char.IsDigit(c) ? '#' : char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}

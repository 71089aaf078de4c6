using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Cleaning;

/// <summary>
/// Drops the running header of pages printed several to a sheet (a booklet's spread, "2 pages per sheet"): the sheet repeats
/// it at its top and again where the next page's column begins, so it stands mid-sheet as well as at the edge, on too few
/// sheets for <see cref="RunningHeaderFooterRemover"/>. A short paragraph at the top of every sheet, and more than once on
/// some, is such a header wherever it stands; a bare number just before one of it mid-sheet is the folio of the page that ended there.
/// </summary>
public sealed class SheetRunningHeaderRemover : IBlockCleaner
{
    private const int MaxLength = 200;

    public IReadOnlyList<Block> Clean(IReadOnlyList<Block> blocks, int pageCount)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var pages = blocks.Select(b => b.Page).Distinct().Count();
        if (pages < 2)
        {
            return blocks;
        }

        var edges = PageEdges.Positions(blocks, depth: 1);
        var keys = new string?[blocks.Count];
        var atTop = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind != BlockKind.Paragraph || blocks[i].Text.Length > MaxLength || PageNumberRemover.IsPageNumber(blocks[i].Text))
            {
                continue;
            }

            var key = RunningHeaderFooterRemover.Mask(blocks[i].Text);
            keys[i] = key;
            counts[key] = counts.GetValueOrDefault(key) + 1;
            if (edges[i] > 0)
            {
                if (!atTop.TryGetValue(key, out var set))
                {
                    atTop[key] = set = [];
                }

                set.Add(blocks[i].Page);
            }
        }

        var headers = atTop.Where(p => p.Value.Count == pages && counts[p.Key] > pages).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        if (headers.Count == 0)
        {
            return blocks;
        }

        var drop = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            if (keys[i] is not { } key || !headers.Contains(key))
            {
                continue;
            }

            drop[i] = true;
            if (edges[i] <= 0 && i > 0 && blocks[i - 1].Page == blocks[i].Page && PageNumberRemover.IsPageNumber(blocks[i - 1].Text))
            {
                drop[i - 1] = true;
            }
        }

        return [.. blocks.Where((_, i) => !drop[i])];
    }
}

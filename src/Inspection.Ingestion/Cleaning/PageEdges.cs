using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Cleaning;

/// <summary>Where a block sits on its page: among the first or last few blocks, where running headers, footers and page numbers live.</summary>
internal static class PageEdges
{
    /// <summary>For each block, +n if it is the n-th block from the top of its page (n ≤ depth), -n if n-th from the bottom, else 0.</summary>
    public static int[] Positions(IReadOnlyList<Block> blocks, int depth)
    {
        var positions = new int[blocks.Count];
        var start = 0;
        while (start < blocks.Count)
        {
            var end = start;
            while (end + 1 < blocks.Count && blocks[end + 1].Page == blocks[start].Page)
            {
                end++;
            }

            for (var i = start; i <= end; i++)
            {
                var fromTop = i - start + 1;
                var fromBottom = end - i + 1;
                positions[i] = fromTop <= depth && fromTop <= fromBottom ? fromTop : fromBottom <= depth ? -fromBottom : 0;
            }

            start = end + 1;
        }

        return positions;
    }
}

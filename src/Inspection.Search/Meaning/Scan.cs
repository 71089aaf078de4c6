namespace Inspection.Search.Meaning;

/// <summary>
/// One query's flat scan over the vectors a <see cref="PassageVectors"/> held when it began (arrays it no longer
/// changes below <see cref="Rows"/>): the best passages of a range of rows, each by its nearest vector.
/// </summary>
internal sealed class Scan(sbyte[] query, float queryScale, sbyte[][] chunks, int chunkRows, float[] scales, int[] owners, int rows, int dimensions)
{
    /// <summary>
    /// Rows whose dot products are worked out together, before the heap looks at them: the SIMD loop stays branch-free.
    /// A chunk holds a whole number of blocks, so no block straddles two.
    /// </summary>
    public const int Block = 256;

    public int Rows => rows;

    /// <summary>
    /// The best <paramref name="count"/> passages among rows [<paramref name="from"/>, <paramref name="to"/>), in no order;
    /// <paramref name="from"/> is a multiple of the block size.
    /// </summary>
    public List<(int Owner, float Similarity)> Best(int from, int to, int count, Func<string, bool>? keep, IReadOnlyList<string> ids)
    {
        var best = new PriorityQueue<int, float>(count + 1);
        var weakest = float.NegativeInfinity;
        var current = -1;
        var nearest = float.NegativeInfinity;
        Span<int> dots = stackalloc int[Block];
        for (var first = from; first < to; first += Block)
        {
            var block = dots[..Math.Min(Block, to - first)];
            var chunk = first / chunkRows;
            Int8Dot.DotRows(query, chunks[chunk].AsSpan((first - (chunk * chunkRows)) * dimensions, block.Length * dimensions), block);
            for (var i = 0; i < block.Length; i++)
            {
                var owner = owners[first + i];
                if (owner < 0)
                {
                    continue;
                }

                // The same arithmetic, in the same order, as every earlier scan: results do not move by a rounding.
                var similarity = block[i] * queryScale * scales[first + i];
                if (owner == current)
                {
                    nearest = Math.Max(nearest, similarity);
                    continue;
                }

                Offer(current, nearest);
                (current, nearest) = (owner, similarity);
            }
        }

        Offer(current, nearest);
        var found = new List<(int, float)>(best.Count);
        while (best.TryDequeue(out var owner, out var similarity))
        {
            found.Add((owner, similarity));
        }

        return found;

        // A passage's rows are contiguous: it is offered once, when the scan leaves them.
        void Offer(int owner, float similarity)
        {
            if (owner < 0)
            {
                return;
            }

            if (best.Count < count)
            {
                if (keep is null || keep(ids[owner]))
                {
                    best.Enqueue(owner, similarity);
                    weakest = best.Count == count && best.TryPeek(out _, out var w) ? w : float.NegativeInfinity;
                }
            }
            else if (similarity > weakest && (keep is null || keep(ids[owner])))
            {
                best.EnqueueDequeue(owner, similarity);
                best.TryPeek(out _, out weakest);
            }
        }
    }
}

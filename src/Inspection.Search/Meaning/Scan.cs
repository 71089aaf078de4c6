namespace Inspection.Search.Meaning;

/// <summary>
/// One query's flat scan over the vectors a <see cref="PassageVectors"/> held when it began (arrays it no longer
/// changes below <see cref="Rows"/>): the best passages of a range of rows, each by its nearest vector.
/// </summary>
internal sealed class Scan(sbyte[] query, float queryScale, sbyte[][] chunks, int chunkRows, float[] scales, int[] owners, int rows, int dimensions)
{
    private ulong[]? _queryCode;
    private ulong[][] _codes = [];

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

    /// <summary>Whether <see cref="Shortlist"/> can be used: the store keeps the vectors' sign codes.</summary>
    public bool HasCodes => _queryCode is not null;

    /// <summary>Gives the scan the store's sign codes (chunked like the vectors) for <see cref="Shortlist"/>.</summary>
    public Scan WithCodes(ulong[][] codes)
    {
        var words = SignCodes.Words(dimensions);
        if (words > 0 && codes.Length > 0)
        {
            _queryCode = new ulong[words];
            SignCodes.Write(query, _queryCode);
            _codes = codes;
        }

        return this;
    }

    /// <summary>
    /// The first pass of a two-stage scan: the <paramref name="count"/> passages among rows [<paramref name="from"/>,
    /// <paramref name="to"/>) whose nearest sign code differs from the query's in fewest bits, each with its rows in the
    /// range, in no order.
    /// </summary>
    public List<Candidate> Shortlist(int from, int to, int count, Func<string, bool>? keep, IReadOnlyList<string> ids)
    {
        var queryCode = _queryCode ?? throw new InvalidOperationException("the store keeps no sign codes");
        var words = queryCode.Length;
        var best = new PriorityQueue<Candidate, int>(count + 1);
        var weakest = int.MaxValue;
        var current = new Candidate(-1, 0, 0, int.MaxValue);
        Span<int> distances = stackalloc int[Block];
        for (var first = from; first < to; first += Block)
        {
            var block = distances[..Math.Min(Block, to - first)];
            var chunk = first / chunkRows;
            SignCodes.Distances(queryCode, _codes[chunk].AsSpan((first - (chunk * chunkRows)) * words, block.Length * words), block);
            for (var i = 0; i < block.Length; i++)
            {
                var owner = owners[first + i];
                if (owner < 0)
                {
                    continue;
                }

                if (owner == current.Owner && current.First + current.Rows == first + i)
                {
                    current = current with { Rows = current.Rows + 1, Distance = Math.Min(current.Distance, block[i]) };
                    continue;
                }

                Offer(current);
                current = new Candidate(owner, first + i, 1, block[i]);
            }
        }

        Offer(current);
        var found = new List<Candidate>(best.Count);
        while (best.TryDequeue(out var candidate, out _))
        {
            found.Add(candidate);
        }

        return found;

        // Fewest differing bits kept: the heap's top is the candidate with most.
        void Offer(Candidate candidate)
        {
            if (candidate.Owner < 0)
            {
                return;
            }

            if (best.Count < count)
            {
                if (keep is null || keep(ids[candidate.Owner]))
                {
                    best.Enqueue(candidate, -candidate.Distance);
                    weakest = best.Count == count && best.TryPeek(out var top, out _) ? top.Distance : int.MaxValue;
                }
            }
            else if (candidate.Distance < weakest && (keep is null || keep(ids[candidate.Owner])))
            {
                best.EnqueueDequeue(candidate, -candidate.Distance);
                best.TryPeek(out var top, out _);
                weakest = top.Distance;
            }
        }
    }

    /// <summary>
    /// The second pass: each shortlisted passage's exact similarity, by every one of its rows (also those of another
    /// part of the scan), with the arithmetic of <see cref="Best"/>, so a passage scores exactly what the full scan gives it.
    /// </summary>
    public List<(int Owner, float Similarity)> Rescore(IEnumerable<int> shortlisted, IReadOnlyDictionary<int, int> firstRowSeen)
    {
        var found = new List<(int, float)>();
        Span<int> dots = stackalloc int[Block];
        foreach (var owner in shortlisted)
        {
            var start = firstRowSeen[owner];
            while (start > 0 && owners[start - 1] == owner)
            {
                start--;
            }

            var nearest = float.NegativeInfinity;
            for (var row = start; row < rows && owners[row] == owner;)
            {
                // Rows of one chunk at a time, a block at most.
                var chunk = row / chunkRows;
                var end = row;
                while (end < rows && end - row < Block && end / chunkRows == chunk && owners[end] == owner)
                {
                    end++;
                }

                var block = dots[..(end - row)];
                Int8Dot.DotRows(query, chunks[chunk].AsSpan((row - (chunk * chunkRows)) * dimensions, block.Length * dimensions), block);
                for (var i = 0; i < block.Length; i++)
                {
                    nearest = Math.Max(nearest, block[i] * queryScale * scales[row + i]);
                }

                row = end;
            }

            found.Add((owner, nearest));
        }

        return found;
    }

    /// <summary>A passage's run of rows met by <see cref="Shortlist"/> and its fewest differing bits among them.</summary>
    internal readonly record struct Candidate(int Owner, int First, int Rows, int Distance);
}

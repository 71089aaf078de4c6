namespace Inspection.Search.Results;

/// <summary>
/// A fixed number of the best passages seen so far, in a heap of plain arrays whose root is the weakest: higher score
/// first, then newer, then lower doc id (the relevance sort). With a per-document limit it keeps the best passages of
/// which no document has more than the limit: each document's best ones, then the best of those.
/// </summary>
internal sealed class TopPassages
{
    private readonly int _size;
    private readonly int _perDocument;
    private readonly float[] _scores;
    private readonly long[] _dates;
    private readonly int[] _docs;
    private readonly long[] _documents;
    private readonly Dictionary<long, int>? _kept;
    private int _count;

    /// <param name="size">Passages kept.</param>
    /// <param name="perDocument">At most this many of one document (0: no limit).</param>
    public TopPassages(int size, int perDocument = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _size = size;
        _perDocument = perDocument;
        _scores = new float[size];
        _dates = new long[size];
        _docs = new int[size];
        _documents = new long[size];
        _kept = perDocument > 0 ? [] : null;
    }

    public bool IsFull => _count == _size;

    /// <summary>True when a passage of this document is limited by what is kept already.</summary>
    public bool LimitsDocuments => _kept is not null;

    /// <summary>The weakest score kept (meaningful once <see cref="IsFull"/>): a passage must reach it to be kept.</summary>
    public float WeakestScore => _scores[0];

    /// <summary>False when a passage of this score cannot be kept whatever its date and document.</summary>
    public bool Competes(float score) => _count < _size || score >= _scores[0];

    /// <summary>Offers a passage (a doc id of the whole reader; <paramref name="document"/> identifies its document).</summary>
    public void Offer(float score, long date, int doc, long document)
    {
        if (_kept is not null && _kept.GetValueOrDefault(document) >= _perDocument)
        {
            // The document's weaker kept passage gives way to a better one; otherwise the passage is not kept.
            var weaker = -1;
            for (var slot = 0; slot < _count; slot++)
            {
                if (_documents[slot] == document && (weaker < 0 || Beats(_scores[weaker], _dates[weaker], _docs[weaker], slot)))
                {
                    weaker = slot;
                }
            }

            if (weaker >= 0 && Beats(score, date, doc, weaker))
            {
                Set(weaker, score, date, doc, document);
                SiftDown(weaker);
            }

            return;
        }

        if (_count < _size)
        {
            Set(_count, score, date, doc, document);
            Count(document, 1);
            SiftUp(_count);
            _count++;
            return;
        }

        if (!Beats(score, date, doc, 0))
        {
            return;
        }

        Count(_documents[0], -1);
        Set(0, score, date, doc, document);
        Count(document, 1);
        SiftDown(0);
    }

    /// <summary>The kept passages, best first.</summary>
    public (int Doc, float Score)[] Best()
    {
        var order = Enumerable.Range(0, _count).ToArray();
        Array.Sort(order, (a, b) => Beats(_scores[a], _dates[a], _docs[a], b) ? -1 : Beats(_scores[b], _dates[b], _docs[b], a) ? 1 : 0);
        return [.. order.Select(i => (_docs[i], _scores[i]))];
    }

    private void Count(long document, int change)
    {
        if (_kept is not null)
        {
            _kept[document] = _kept.GetValueOrDefault(document) + change;
        }
    }

    private bool Beats(float score, long date, int doc, int slot)
    {
        if (score != _scores[slot])
        {
            return score > _scores[slot];
        }

        if (date != _dates[slot])
        {
            return date > _dates[slot];
        }

        return doc < _docs[slot];
    }

    private void Set(int slot, float score, long date, int doc, long document)
    {
        _scores[slot] = score;
        _dates[slot] = date;
        _docs[slot] = doc;
        _documents[slot] = document;
    }

    private void Swap(int a, int b)
    {
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
        (_dates[a], _dates[b]) = (_dates[b], _dates[a]);
        (_docs[a], _docs[b]) = (_docs[b], _docs[a]);
        (_documents[a], _documents[b]) = (_documents[b], _documents[a]);
    }

    private void SiftUp(int slot)
    {
        while (slot > 0)
        {
            var parent = (slot - 1) / 2;
            // The weaker entry rises: the root must be the weakest.
            if (!Beats(_scores[parent], _dates[parent], _docs[parent], slot))
            {
                return;
            }

            Swap(slot, parent);
            slot = parent;
        }
    }

    private void SiftDown(int slot)
    {
        while (true)
        {
            var weakest = slot;
            var left = (2 * slot) + 1;
            var right = left + 1;
            if (left < _count && Beats(_scores[weakest], _dates[weakest], _docs[weakest], left))
            {
                weakest = left;
            }

            if (right < _count && Beats(_scores[weakest], _dates[weakest], _docs[weakest], right))
            {
                weakest = right;
            }

            if (weakest == slot)
            {
                return;
            }

            Swap(slot, weakest);
            slot = weakest;
        }
    }
}

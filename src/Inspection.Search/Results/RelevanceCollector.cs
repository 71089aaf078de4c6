using Inspection.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Inspection.Search.Results;

/// <summary>
/// The top passages by score, newer first among equal scores, then index order: the relevance sort, kept in a small heap
/// of plain arrays. Most hits lose to the weakest kept one on score alone, so a date is read only on a tie; Lucene's
/// general field-sort collector compares through several layers for every hit, which at a million passages was a third
/// of a search.
/// </summary>
internal sealed class RelevanceCollector : ICollector
{
    private readonly int _size;
    private readonly float[] _scores;
    private readonly long[] _dates;
    private readonly int[] _docs;
    private int _count;
    private Scorer? _scorer;
    private NumericDocValues? _segmentDates;
    private int _docBase;

    public RelevanceCollector(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _size = size;
        _scores = new float[size];
        _dates = new long[size];
        _docs = new int[size];
    }

    /// <summary>Every passage the query matched (that was collected).</summary>
    public int TotalHits { get; private set; }

    /// <summary>True once as many passages are kept as were asked for; from then on a hit must beat <see cref="WeakestScore"/>.</summary>
    public bool IsFull => _count == _size;

    /// <summary>The score of the weakest passage kept (meaningful once <see cref="IsFull"/>).</summary>
    public float WeakestScore => _scores[0];

    // Ties are broken by doc id explicitly, so segments may hand hits over in any order.
    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _docBase = context.DocBase;
        _segmentDates = context.AtomicReader.GetNumericDocValues(PassageFields.DateNumber);
    }

    public void Collect(int doc)
    {
        TotalHits++;
        var score = _scorer!.GetScore();
        if (_count == _size)
        {
            // The root of the heap is the weakest passage kept.
            if (score < _scores[0])
            {
                return;
            }

            var date = _segmentDates?.Get(doc) ?? 0;
            if (!Beats(score, date, _docBase + doc, 0))
            {
                return;
            }

            Set(0, score, date, _docBase + doc);
            SiftDown(0);
            return;
        }

        Set(_count, score, _segmentDates?.Get(doc) ?? 0, _docBase + doc);
        SiftUp(_count);
        _count++;
    }

    /// <summary>The kept passages, best first.</summary>
    public ScoreDoc[] TopDocs()
    {
        var order = Enumerable.Range(0, _count).ToArray();
        Array.Sort(order, (a, b) => Beats(_scores[a], _dates[a], _docs[a], b) ? -1 : Beats(_scores[b], _dates[b], _docs[b], a) ? 1 : 0);
        return [.. order.Select(i => new ScoreDoc(_docs[i], _scores[i]))];
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

    private void Set(int slot, float score, long date, int doc)
    {
        _scores[slot] = score;
        _dates[slot] = date;
        _docs[slot] = doc;
    }

    private void Swap(int a, int b)
    {
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
        (_dates[a], _dates[b]) = (_dates[b], _dates[a]);
        (_docs[a], _docs[b]) = (_docs[b], _docs[a]);
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
            if (left < _size && Beats(_scores[weakest], _dates[weakest], _docs[weakest], left))
            {
                weakest = left;
            }

            if (right < _size && Beats(_scores[weakest], _dates[weakest], _docs[weakest], right))
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

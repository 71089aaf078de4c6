using Inspection.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Inspection.Search.Results;

/// <summary>
/// The top passages by score, newer first among equal scores, then index order: the relevance sort, kept in a small heap
/// of plain arrays. Most hits lose to the weakest kept one on score alone, so a date is read only on a tie; Lucene's
/// general field-sort collector compares through several layers for every hit, which at a million passages was a third
/// of a search. Asked for a first page, it also keeps that page's passages with at most
/// <see cref="DocumentDiversity.PerDocument"/> of one document, exactly (not from a window of candidates), so a search
/// looks no deeper than the page needs.
/// </summary>
internal sealed class RelevanceCollector : ICollector
{
    private readonly TopPassages _top;
    private readonly TopPassages? _firstPage;
    private Scorer? _scorer;
    private NumericDocValues? _segmentDates;
    private SortedDocValues? _segmentDocuments;
    private long _segment;
    private int _docBase;

    /// <param name="size">Passages kept in relevance order.</param>
    /// <param name="firstPage">Passages of the first page kept apart, a document at most twice; 0 for none.</param>
    public RelevanceCollector(int size, int firstPage = 0)
    {
        _top = new TopPassages(size);
        _firstPage = firstPage > 0 ? new TopPassages(firstPage, DocumentDiversity.PerDocument) : null;
    }

    /// <summary>Every passage the query matched (that was collected).</summary>
    public int TotalHits { get; private set; }

    /// <summary>True once as many passages are kept as were asked for; from then on a hit must beat <see cref="WeakestScore"/>.</summary>
    public bool IsFull => _top.IsFull && (_firstPage?.IsFull ?? true);

    /// <summary>The score of the weakest passage kept (meaningful once <see cref="IsFull"/>).</summary>
    public float WeakestScore => _firstPage is null ? _top.WeakestScore : Math.Min(_top.WeakestScore, _firstPage.WeakestScore);

    // Ties are broken by doc id explicitly, so segments may hand hits over in any order.
    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _docBase = context.DocBase;
        _segment = (long)context.Ord << 32;
        _segmentDates = context.AtomicReader.GetNumericDocValues(PassageFields.DateNumber);
        _segmentDocuments = _firstPage is null ? null : context.AtomicReader.GetSortedDocValues(PassageFields.DocumentId);
    }

    public void Collect(int doc)
    {
        TotalHits++;
        var score = _scorer!.GetScore();
        var top = _top.Competes(score);
        var first = _firstPage?.Competes(score) ?? false;
        if (!top && !first)
        {
            return;
        }

        var date = _segmentDates?.Get(doc) ?? 0;
        if (top)
        {
            _top.Offer(score, date, _docBase + doc, 0);
        }

        if (first)
        {
            // A document's passages are written together, so they share a segment: segment and ordinal name it.
            _firstPage!.Offer(score, date, _docBase + doc, _segment | (uint)(_segmentDocuments?.GetOrd(doc) ?? -1));
        }
    }

    /// <summary>The kept passages, best first.</summary>
    public ScoreDoc[] TopDocs() => [.. _top.Best().Select(d => new ScoreDoc(d.Doc, d.Score))];

    /// <summary>
    /// Relevance order with the first page's passages first: the best passages of which no document has more than two,
    /// then the rest in relevance order (which fill the page when fewer documents match).
    /// </summary>
    public ScoreDoc[] FirstPageFirst()
    {
        if (_firstPage is null)
        {
            return TopDocs();
        }

        var first = _firstPage.Best();
        var shown = first.Select(d => d.Doc).ToHashSet();
        return [.. first.Select(d => new ScoreDoc(d.Doc, d.Score)), .. _top.Best().Where(d => !shown.Contains(d.Doc)).Select(d => new ScoreDoc(d.Doc, d.Score))];
    }
}

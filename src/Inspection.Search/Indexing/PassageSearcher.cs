using System.Collections.Concurrent;
using Inspection.Search.Query;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Inspection.Search.Indexing;

/// <summary>
/// The searcher of one reader of the passages index: BM25, the reader's word look-ups shared by every search on it, and
/// each field's collection statistics worked out once (Lucene builds a merged view of every segment's dictionary for each
/// word of a query to read them, about a tenth of a search at a million passages).
/// </summary>
public sealed class PassageSearcher : IndexSearcher
{
    private readonly ConcurrentDictionary<string, CollectionStatistics> _statistics = new(StringComparer.Ordinal);

    public PassageSearcher(IndexReader reader)
        : base(reader)
    {
        Similarity = PassageIndex.Similarity;
        Terms = new ReaderTerms(reader);
    }

    /// <summary>Words looked up in this searcher's reader.</summary>
    public ReaderTerms Terms { get; }

    /// <summary>The searcher's shared look-ups, or new ones for a searcher of another kind.</summary>
    public static ReaderTerms TermsOf(IndexSearcher searcher)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        return searcher is PassageSearcher passages ? passages.Terms : new ReaderTerms(searcher.IndexReader);
    }

    /// <summary>Collects every hit of a weight already made, as <see cref="IndexSearcher.Search(Lucene.Net.Search.Query, ICollector)"/> would after making it.</summary>
    public static void Collect(IndexSearcher searcher, Weight weight, ICollector collector)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(weight);
        ArgumentNullException.ThrowIfNull(collector);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            collector.SetNextReader(leaf);
            weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
        }
    }

    public override CollectionStatistics CollectionStatistics(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return _statistics.GetOrAdd(field, f => base.CollectionStatistics(f));
    }
}

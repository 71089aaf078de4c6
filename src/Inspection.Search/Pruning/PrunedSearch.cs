using System.Buffers;
using Inspection.Search.Indexing;
using Inspection.Search.Query;
using Inspection.Search.Results;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Inspection.Search.Pruning;

/// <summary>
/// The top passages by relevance without scoring every hit: once the kept passages are as many as asked for and at
/// least <c>countUpTo</c> hits have been counted, each block of a segment whose score bound (<see cref="ScoreBound"/>)
/// is below the weakest kept passage is stepped over, so its hits are neither matched nor scored. The passages kept are
/// exactly those a full search keeps; only the count of hits becomes a lower bound. At a million passages the common
/// words of the bench mix matched 100,000 to 600,000 passages each, and scoring them all was most of a search.
/// </summary>
internal static class PrunedSearch
{
    /// <summary>
    /// Collects the query's top hits into the collector; returns false when blocks were skipped, so that the
    /// collector's count is a lower bound, true when it counted every hit.
    /// </summary>
    public static bool Run(IndexSearcher searcher, LuceneQuery query, RelevanceCollector collector, BlockMaxima maxima, int countUpTo, ReaderTerms? terms = null)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        terms ??= PassageSearcher.TermsOf(searcher);
        return Run(searcher, query, WeightOf(searcher, query, maxima, terms), collector, maxima, countUpTo, terms);
    }

    /// <summary>The weight a search of the query runs with (phrases matched from their kept passages), to make once and reuse.</summary>
    public static Weight WeightOf(IndexSearcher searcher, LuceneQuery query, BlockMaxima maxima, ReaderTerms terms)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        return searcher.CreateNormalizedWeight(KeptPhraseQuery.Substitute(query, maxima, terms));
    }

    /// <summary>As <see cref="Run(IndexSearcher, LuceneQuery, RelevanceCollector, BlockMaxima, int, ReaderTerms?)"/>, with the weight <see cref="WeightOf"/> made.</summary>
    public static bool Run(IndexSearcher searcher, LuceneQuery query, Weight weight, RelevanceCollector collector, BlockMaxima maxima, int countUpTo, ReaderTerms terms)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(weight);
        ArgumentNullException.ThrowIfNull(collector);
        var bound = ScoreBound.For(query, searcher, terms);
        if (bound is null)
        {
            PassageSearcher.Collect(searcher, weight, collector);
            return true;
        }

        var exact = true;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }

            collector.SetNextReader(leaf);
            collector.SetScorer(scorer);
            float[]? rented = null;
            var bounds = Span<float>.Empty;
            var doc = scorer.NextDoc();
            while (doc != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (rented is null && collector.IsFull && collector.TotalHits >= countUpTo)
                {
                    var blocks = BlockMaxima.Blocks(leaf.AtomicReader.MaxDoc);
                    rented = ArrayPool<float>.Shared.Rent(blocks);
                    bounds = rented.AsSpan(0, blocks);
                    bound.Fill(leaf.AtomicReader, maxima, bounds);
                }

                var block = doc >> BlockMaxima.BlockShift;
                if (rented is not null && bounds[block] < collector.WeakestScore)
                {
                    // Equal scores can still win on date, so only a bound strictly below the weakest is stepped over.
                    exact = false;
                    var weakest = collector.WeakestScore;
                    var next = block + 1;
                    while (next < bounds.Length && bounds[next] < weakest)
                    {
                        next++;
                    }

                    if (next == bounds.Length)
                    {
                        break;
                    }

                    doc = scorer.Advance(next << BlockMaxima.BlockShift);
                    continue;
                }

                var end = (block + 1) << BlockMaxima.BlockShift;
                do
                {
                    collector.Collect(doc);
                    doc = scorer.NextDoc();
                }
                while (doc < end);
            }

            if (rented is not null)
            {
                ArrayPool<float>.Shared.Return(rented);
            }
        }

        return exact;
    }
}

using Inspection.Search.Pruning;
using Lucene.Net.Search;

namespace Inspection.Search.Results;

/// <summary>
/// Facet counts of a search without visiting every hit: when the query may match more than about
/// <see cref="SearchOptions.FacetSampleHits"/> passages, only every n-th block of <see cref="BlockMaxima.BlockSize"/>
/// passages is visited (n a power of two up to 256) and the counts are multiplied by n. Matching a passage costs far less than scoring it, and
/// the sample is spread over the whole index (a document's passages lie side by side, so most are counted or skipped
/// together, and documents are many), so the counts are close; the page says "about". A search of fewer hits is
/// counted exactly.
/// </summary>
internal static class FacetSample
{
    /// <summary>About this many hits are visited at most unless the caller says otherwise (the search asks for <see cref="SearchOptions.FacetSampleHits"/>).</summary>
    public const int SampledHits = 5_000;

    private const int MaxStride = 256;

    /// <summary>The counts of the weight's hits and the share of blocks visited (1: every hit, exact); <paramref name="sample"/> false counts every hit.</summary>
    public static (FacetCollector Facets, int Stride) Count(IndexSearcher searcher, Weight weight, bool sample = true, int sampledHits = SampledHits)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(weight);
        var leaves = searcher.IndexReader.Leaves;
        var scorers = leaves.Select(leaf => weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs)).ToList();
        // A scorer's cost is what it may match at most: a conjunction's rarest clause, a disjunction's sum.
        var cost = scorers.Sum(s => s?.GetCost() ?? 0);
        var stride = 1;
        while (sample && stride < MaxStride && cost / stride > sampledHits)
        {
            stride *= 2;
        }

        var facets = new FacetCollector();
        for (var i = 0; i < leaves.Count; i++)
        {
            if (scorers[i] is not { } scorer)
            {
                continue;
            }

            facets.SetNextReader(leaves[i]);
            var doc = scorer.NextDoc();
            while (doc != DocIdSetIterator.NO_MORE_DOCS)
            {
                var block = doc >> BlockMaxima.BlockShift;
                if (block % stride != 0)
                {
                    doc = scorer.Advance((block / stride + 1) * stride << BlockMaxima.BlockShift);
                    continue;
                }

                var end = (block + 1) << BlockMaxima.BlockShift;
                do
                {
                    facets.Collect(doc);
                    doc = scorer.NextDoc();
                }
                while (doc < end);
            }
        }

        return (facets, stride);
    }
}

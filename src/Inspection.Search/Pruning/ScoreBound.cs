using System.Buffers;
using Inspection.Search.Indexing;
using Inspection.Search.Query;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Inspection.Search.Pruning;

/// <summary>
/// An upper bound on a query's BM25 score for each block of passages of a segment, built from the query's own tree and
/// the words' <see cref="BlockMaxima"/>: a word's weight (idf times the boosts on its path times k1 + 1) times its block
/// maximum; a phrase by its own block maxima; a sum for a Boolean query (BM25 has no coord or query norm); max plus tie-break share for a disjunction-max;
/// the boost for a constant-score clause. Built only for the query shapes <see cref="Query.QueryCompiler"/> writes: any
/// other shape gives no bound, and the search then scores every hit as before.
/// </summary>
internal abstract class ScoreBound
{
    // Covers float rounding in Lucene's arithmetic against ours.
    private const double Slack = 1.001;

    /// <summary>Writes this clause's bound for each block of the segment into <paramref name="bounds"/>.</summary>
    public abstract void Fill(AtomicReader reader, BlockMaxima maxima, Span<float> bounds);

    /// <summary>The bound of the query as the searcher scores it, or null when its shape is not one we can bound.</summary>
    public static ScoreBound? For(LuceneQuery query, IndexSearcher searcher, ReaderTerms terms)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(terms);
        return Build(query, 1f, searcher, terms);
    }

    private static ScoreBound? Build(LuceneQuery query, float boost, IndexSearcher searcher, ReaderTerms terms)
    {
        switch (query)
        {
            case TermQuery term:
                return Leaf([term.Term], [0], boost * term.Boost, searcher, terms);
            case PhraseQuery { Slop: 0 } phrase:
                var words = phrase.GetTerms();
                return words.Length == 0 ? new ConstantBound(0f, null) : Leaf(words, phrase.GetPositions(), boost * phrase.Boost, searcher, terms);
            case BooleanQuery boolean:
                var clauses = new List<ScoreBound>();
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur == Occur.MUST_NOT)
                    {
                        continue;
                    }

                    var bound = Build(clause.Query, boost * boolean.Boost, searcher, terms);
                    if (bound is null)
                    {
                        return null;
                    }

                    clauses.Add(bound);
                }

                return clauses.Count == 1 ? clauses[0] : new SumBound(clauses);
            case DisjunctionMaxQuery best:
                var disjuncts = new List<ScoreBound>();
                foreach (var disjunct in best.Disjuncts)
                {
                    var bound = Build(disjunct, boost * best.Boost, searcher, terms);
                    if (bound is null)
                    {
                        return null;
                    }

                    disjuncts.Add(bound);
                }

                return disjuncts.Count == 1 ? disjuncts[0] : new DisjunctionMaxBound(disjuncts, best.TieBreakerMultiplier);
            case ConstantScoreQuery constant:
                // Matches only where the wrapped word occurs, when it is a single word.
                return new ConstantBound(boost * constant.Boost, constant.Query is TermQuery presence ? presence.Term : null);
            case MatchAllDocsQuery all:
                return new ConstantBound(boost * all.Boost, null);
            default:
                return null;
        }
    }

    private static LeafBound Leaf(Term[] words, int[] positions, float boost, IndexSearcher searcher, ReaderTerms terms)
    {
        var similarity = PassageIndex.Similarity;
        var field = words[0].Field;
        var statistics = searcher.CollectionStatistics(field);
        double idf = 0;
        foreach (var word in words)
        {
            idf += similarity.InverseFrequency(terms.DocFreq(word), statistics.MaxDoc);
        }

        var weight = idf * boost * (similarity.K1 + 1) * Slack;
        return new LeafBound(field, new PhraseKey([.. words.Select(w => w.Text)], positions), weight, similarity.AverageLength(statistics));
    }

    private sealed class LeafBound(string field, PhraseKey words, double weight, double averageLength) : ScoreBound
    {
        public override void Fill(AtomicReader reader, BlockMaxima maxima, Span<float> bounds)
        {
            var found = maxima.For(reader, field, words);
            if (found is null)
            {
                bounds.Clear();
                return;
            }

            // The maxima were taken at the segment's average length; a longer average across the index raises the
            // frequency part by at most the ratio of the two, a shorter one only lowers it.
            var scale = (float)(weight * Math.Max(1d, averageLength / BlockMaxima.AverageLength(reader, field)) / 255d);
            BlockMath.Scale(found, scale, bounds);
        }
    }

    private sealed class ConstantBound(float value, Term? presence) : ScoreBound
    {
        public override void Fill(AtomicReader reader, BlockMaxima maxima, Span<float> bounds)
        {
            if (presence is null || value == 0f)
            {
                bounds.Fill(value);
                return;
            }

            var found = maxima.For(reader, presence.Field, new PhraseKey([presence.Text], [0]));
            for (var block = 0; block < bounds.Length; block++)
            {
                bounds[block] = found is not null && found[block] > 0 ? value : 0f;
            }
        }
    }

    private sealed class SumBound(List<ScoreBound> clauses) : ScoreBound
    {
        public override void Fill(AtomicReader reader, BlockMaxima maxima, Span<float> bounds)
        {
            bounds.Clear();
            var rented = ArrayPool<float>.Shared.Rent(bounds.Length);
            var one = rented.AsSpan(0, bounds.Length);
            foreach (var clause in clauses)
            {
                clause.Fill(reader, maxima, one);
                BlockMath.Add(bounds, one);
            }

            ArrayPool<float>.Shared.Return(rented);
        }
    }

    private sealed class DisjunctionMaxBound(List<ScoreBound> disjuncts, float tieBreaker) : ScoreBound
    {
        public override void Fill(AtomicReader reader, BlockMaxima maxima, Span<float> bounds)
        {
            var rentedSum = ArrayPool<float>.Shared.Rent(bounds.Length);
            var rentedOne = ArrayPool<float>.Shared.Rent(bounds.Length);
            var sum = rentedSum.AsSpan(0, bounds.Length);
            var one = rentedOne.AsSpan(0, bounds.Length);
            sum.Clear();
            bounds.Clear();
            foreach (var disjunct in disjuncts)
            {
                disjunct.Fill(reader, maxima, one);
                BlockMath.MaxAndAdd(bounds, sum, one);
            }

            // max + t (sum - max) grows with every disjunct's score, so the disjuncts' bounds bound it.
            BlockMath.Blend(bounds, sum, tieBreaker);
            ArrayPool<float>.Shared.Return(rentedSum);
            ArrayPool<float>.Shared.Return(rentedOne);
        }
    }
}

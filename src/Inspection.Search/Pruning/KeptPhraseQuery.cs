using Inspection.Search.Query;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Inspection.Search.Pruning;

/// <summary>
/// An exact phrase scored as Lucene's <see cref="PhraseQuery"/> scores it (same statistics, same BM25 scorer, same
/// counts), but matched from the phrase's passages kept in <see cref="BlockMaxima"/> rather than by walking its words'
/// positions: a phrase of common words ("children in care") made Lucene check positions in every passage holding all of
/// them, wherever a search skipped to. Falls back to the phrase's own scorer in a segment whose matches are not kept.
/// </summary>
internal sealed class KeptPhraseQuery(PhraseQuery phrase, BlockMaxima kept, ReaderTerms? terms = null) : LuceneQuery
{
    public PhraseQuery Phrase => phrase;

    /// <summary>
    /// The same query with each exact phrase of several words matched from its kept passages and each word carrying the
    /// look-up already made of it; any other clause is left as it is.
    /// </summary>
    public static LuceneQuery Substitute(LuceneQuery query, BlockMaxima maxima, ReaderTerms terms)
    {
        switch (query)
        {
            case PhraseQuery { Slop: 0 } phrase when phrase.GetTerms().Length > 1:
                return new KeptPhraseQuery(phrase, maxima, terms);
            case TermQuery word:
                return new TermQuery(word.Term, terms.For(word.Term)) { Boost = word.Boost };
            case BooleanQuery boolean:
                var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses)
                {
                    copy.Add(Substitute(clause.Query, maxima, terms), clause.Occur);
                }

                return copy;
            case DisjunctionMaxQuery best:
                var any = new DisjunctionMaxQuery(best.TieBreakerMultiplier) { Boost = best.Boost };
                foreach (var disjunct in best.Disjuncts)
                {
                    any.Add(Substitute(disjunct, maxima, terms));
                }

                return any;
            default:
                return query;
        }
    }

    public override Weight CreateWeight(IndexSearcher searcher)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        // Look-ups made for another reader would be wrong here.
        var lookups = terms is not null && ReferenceEquals(terms.Reader, searcher.IndexReader) ? terms : Indexing.PassageSearcher.TermsOf(searcher);
        return new KeptPhraseWeight(this, searcher, kept, lookups);
    }

    public override void ExtractTerms(ISet<Term> terms) => phrase.ExtractTerms(terms);

    public override string ToString(string field) => phrase.ToString(field);

    public override bool Equals(object? obj) => obj is KeptPhraseQuery other && other.Phrase.Equals(phrase);

    public override int GetHashCode() => phrase.GetHashCode() ^ 0x5f3759df;

    private sealed class KeptPhraseWeight : Weight
    {
        private readonly KeptPhraseQuery _query;
        private readonly IndexSearcher _searcher;
        private readonly BlockMaxima _kept;
        private readonly PhraseQuery _phrase;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private readonly PhraseKey _key;
        private readonly string _field;
        private (float Norm, float TopLevelBoost) _normalized = (1f, 1f);
        private Weight? _lucene;

        public KeptPhraseWeight(KeptPhraseQuery query, IndexSearcher searcher, BlockMaxima kept, ReaderTerms terms)
        {
            _query = query;
            _searcher = searcher;
            _kept = kept;
            // A rewrite may move an enclosing boost onto this query (a disjunction of one): it multiplies the phrase's own.
            _phrase = (PhraseQuery)query.Phrase.Clone();
            _phrase.Boost *= query.Boost;
            _similarity = searcher.Similarity;
            var words = _phrase.GetTerms();
            var statistics = words.Select(t => searcher.TermStatistics(t, terms.For(t))).ToArray();
            _field = words[0].Field;
            _stats = _similarity.ComputeWeight(_phrase.Boost, searcher.CollectionStatistics(_field), statistics);
            _key = new PhraseKey([.. words.Select(t => t.Text)], _phrase.GetPositions());
        }

        public override LuceneQuery Query => _query;

        public override Explanation Explain(AtomicReaderContext context, int doc) => Lucene().Explain(context, doc);

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost)
        {
            _stats.Normalize(norm, topLevelBoost);
            _normalized = (norm, topLevelBoost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            ArgumentNullException.ThrowIfNull(context);
            var postings = _kept.Postings(context.AtomicReader, _field, _key);
            if (postings.Maxima.Length == 0)
            {
                return null;
            }

            return postings.Docs is { } docs && postings.Freqs is { } freqs
                ? new KeptPhraseScorer(this, docs, freqs, acceptDocs, _similarity.GetSimScorer(_stats, context))
                : Lucene().GetScorer(context, acceptDocs);
        }

        // Lucene's own weight, made only when needed (an explanation, or a segment whose matches are not kept): building
        // its term statistics again cost a millisecond or more per phrase at a million passages.
        private Weight Lucene()
        {
            if (_lucene is null)
            {
                var weight = _phrase.CreateWeight(_searcher);
                weight.GetValueForNormalization();
                weight.Normalize(_normalized.Norm, _normalized.TopLevelBoost);
                _lucene = weight;
            }

            return _lucene;
        }
    }

    private sealed class KeptPhraseScorer(Weight weight, int[] docs, ushort[] freqs, IBits? acceptDocs, Similarity.SimScorer scorer) : Scorer(weight)
    {
        private int _index = -1;
        private int _doc = -1;

        public override int DocID => _doc;

        public override int Freq => freqs[_index];

        public override float GetScore() => scorer.Score(_doc, freqs[_index]);

        public override long GetCost() => docs.Length;

        public override int NextDoc()
        {
            while (++_index < docs.Length)
            {
                if (acceptDocs is null || acceptDocs.Get(docs[_index]))
                {
                    return _doc = docs[_index];
                }
            }

            _index = docs.Length - 1;
            return _doc = NO_MORE_DOCS;
        }

        public override int Advance(int target)
        {
            var from = _index + 1;
            if (from < docs.Length && docs[from] < target)
            {
                var found = Array.BinarySearch(docs, from, docs.Length - from, target);
                from = found >= 0 ? found : ~found;
            }

            _index = from - 1;
            return NextDoc();
        }
    }
}

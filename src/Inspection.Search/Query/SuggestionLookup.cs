using Inspection.Search.Analysis;
using Inspection.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Inspection.Search.Query;

/// <summary>The searcher's view of the index for "Did you mean": every look-up is limited to passages the searcher may see.</summary>
internal sealed record SuggestionLookup(IndexSearcher Searcher, ReaderTerms Terms, Analyzer Analyzer, GlossarySynonyms Synonyms, Lucene.Net.Search.Query? Visible)
{
    // Up to this many passages holding the word that the searcher may see (any passages when nothing is trimmed).
    public IReadOnlyList<int> VisibleHolding(string word, int most)
    {
        var query = new TermQuery(new Term(PassageFields.Text, word));
        var limited = Visible is null ? (Lucene.Net.Search.Query)query : new BooleanQuery { { query, Occur.MUST }, { Visible, Occur.MUST } };
        return [.. Searcher.Search(limited, most).ScoreDocs.Select(d => d.Doc)];
    }

    // How many of the other words share a visible passage with the word.
    public int FoundWith(string word, List<string> others) => others.Count(other => Together(word, other, 1) > 0);

    // Visible passages holding both words, counted up to the cap.
    public int Together(string word, string other, int cap) => Count(new BooleanQuery
    {
        { new TermQuery(new Term(PassageFields.Text, word)), Occur.MUST },
        { new TermQuery(new Term(PassageFields.Text, other)), Occur.MUST },
    }, cap);

    private int Count(Lucene.Net.Search.Query query, int cap)
    {
        var limited = Visible is null ? query : new BooleanQuery { { query, Occur.MUST }, { Visible, Occur.MUST } };
        var counter = new CappedCounter(cap);
        Searcher.Search(limited, counter);
        return counter.Count;
    }

    // Counts hits until the cap, then stops each segment at once (IndexSearcher moves on to the next): only whether
    // there are hits, or how many up to a few dozen, matters.
    private sealed class CappedCounter(int cap) : ICollector
    {
        public int Count { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void Collect(int doc)
        {
            if (Count >= cap)
            {
                throw new CollectionTerminatedException();
            }

            Count++;
        }
    }
}

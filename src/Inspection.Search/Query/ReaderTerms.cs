using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace Inspection.Search.Query;

/// <summary>
/// Words looked up once in one reader: compiling (which fields hold a word, which of its forms the index has), bounding
/// (its idf) and scoring (its postings) each sought every word in every segment's dictionary, and at a million passages
/// in 20 segments each look-up cost about 0.2 ms, a dozen or more per search. The index's searcher keeps one instance for
/// its reader, shared by every search on it (a refresh brings a new reader and new look-ups); safe across threads.
/// </summary>
public sealed class ReaderTerms(IndexReader reader)
{
    // About 2 KB a word at 20 segments; past this many the look-ups start again rather than grow without end.
    private const int MaxWords = 8192;
    private readonly ConcurrentDictionary<Term, TermContext> _contexts = new();

    public IndexReader Reader => reader;

    /// <summary>The word's per-segment states and statistics, built on first use.</summary>
    public TermContext For(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (_contexts.TryGetValue(term, out var context))
        {
            return context;
        }

        if (_contexts.Count >= MaxWords)
        {
            _contexts.Clear();
        }

        context = TermContext.Build(reader.Context, term);
        return _contexts.GetOrAdd(term, context);
    }

    /// <summary>Passages holding the word (deleted ones included, as Lucene counts).</summary>
    public int DocFreq(Term term) => For(term).DocFreq;
}

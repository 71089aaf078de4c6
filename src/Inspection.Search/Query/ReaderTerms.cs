using Lucene.Net.Index;

namespace Inspection.Search.Query;

/// <summary>
/// The words of one search looked up once in the reader it runs on: compiling (which fields hold a word), bounding
/// (its idf) and scoring (its postings) each sought every word in every segment's dictionary, and at a million passages
/// in 15 segments a theme query's look-ups alone took several milliseconds. Not thread-safe: one search, one instance.
/// </summary>
public sealed class ReaderTerms(IndexReader reader)
{
    private readonly Dictionary<Term, TermContext> _contexts = [];

    public IndexReader Reader => reader;

    /// <summary>The word's per-segment states and statistics, built on first use.</summary>
    public TermContext For(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (!_contexts.TryGetValue(term, out var context))
        {
            context = TermContext.Build(reader.Context, term);
            _contexts[term] = context;
        }

        return context;
    }

    /// <summary>Passages holding the word (deleted ones included, as Lucene counts).</summary>
    public int DocFreq(Term term) => For(term).DocFreq;
}

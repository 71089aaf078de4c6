using Inspection.Search.Analysis;
using Inspection.Search.Query;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Inspection.Relevance;

/// <summary>
/// The baseline: the same passages in a plain Lucene index (English analyzer: stop words and Porter stemming, no glossary),
/// one field of title, headings and text, searched as an OR of the query's words with BM25. Filters and trimming are
/// applied exactly (the baseline ranks only permitted passages), so it never leaks and is judged on ranking alone.
/// </summary>
public sealed class PlainBm25Engine : IRankingEngine, IDisposable
{
    private const string Body = "body";
    private const string Id = "id";
    private static readonly char[] NotLetters = [' ', '\n', '\t', ',', '.', ';', ':', '?', '!', '(', ')', '"', '\'', '\u2019', '/', '&'];
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly RAMDirectory _directory = new();
    private readonly EnglishAnalyzer _analyzer = new(Version);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly CorpusFilters _filters;

    public PlainBm25Engine(RelevanceCorpus corpus, CorpusFilters filters)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        _filters = filters;
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity() }))
        {
            foreach (var passage in corpus.Passages)
            {
                writer.AddDocument(new Document
                {
                    new StringField(Id, passage.PassageId, Field.Store.YES),
                    new TextField(Body, string.Join('\n', passage.Title, passage.HeadingPath, passage.Text), Field.Store.NO),
                });
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public string Name => "plain BM25";

    public async Task<IReadOnlyList<string>> RankAsync(JudgedQuery query, IReadOnlyList<string> allowed, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var permitted = await _filters.PermittedAsync(query, allowed, cancellationToken).ConfigureAwait(false);
        var parsed = SearchQueryParser.Parse(query.Query);
        var any = new BooleanQuery();
        foreach (var word in parsed.Clauses.SelectMany(c => c.Alternatives).SelectMany(a => Terms(a.Text)).Distinct(StringComparer.Ordinal))
        {
            any.Add(new TermQuery(new Term(Body, word)), Occur.SHOULD);
        }

        if (any.Clauses.Count == 0)
        {
            return [];
        }

        return [.. _searcher.Search(any, Math.Max(1, _reader.MaxDoc)).ScoreDocs
            .Select(d => _searcher.Doc(d.Doc).Get(Id, System.Globalization.CultureInfo.InvariantCulture))
            .Where(permitted.Contains)
            .Take(top)];
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    private List<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>The content words of a text as the baseline analyses them (function words dropped, Porter stems).</summary>
    public static IReadOnlySet<string> ContentWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var analyzer = new EnglishAnalyzer(Version);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var content = string.Join(' ', text.Split(NotLetters, StringSplitOptions.RemoveEmptyEntries).Where(w => !FunctionWords.Contains(w)));
        using var stream = analyzer.GetTokenStream(Body, content);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }
}

using System.Globalization;
using Inspection.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Inspection.Search.Results;

/// <summary>
/// Keeps one document from filling the first page: in relevance order, a document's third and later passages give way to
/// other documents' passages; the first page is the first <c>top</c> of that order, and later pages follow in plain
/// relevance order without what the first page showed (so paging is stable). Also counts, for each document on a page,
/// how many more of its passages match than the page shows.
/// </summary>
internal static class DocumentDiversity
{
    /// <summary>Passages of one document a page shows before the others get their turn.</summary>
    public const int PerDocument = 2;

    private static readonly HashSet<string> DocumentIdOnly = [PassageFields.DocumentId];

    public static List<ScoreDoc> FirstPageFirst(IndexSearcher searcher, IReadOnlyList<ScoreDoc> ranked, int top)
    {
        var firstPage = Reorder(searcher, ranked).Take(top).ToList();
        var shown = firstPage.Select(d => d.Doc).ToHashSet();
        return [.. firstPage, .. ranked.Where(d => !shown.Contains(d.Doc))];
    }

    private static List<ScoreDoc> Reorder(IndexSearcher searcher, IReadOnlyList<ScoreDoc> ranked)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(ranked);
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = new List<ScoreDoc>(ranked.Count);
        var later = new List<ScoreDoc>();
        foreach (var hit in ranked)
        {
            var document = DocumentOf(searcher, hit.Doc);
            var count = shown.GetValueOrDefault(document);
            shown[document] = count + 1;
            (count < PerDocument ? first : later).Add(hit);
        }

        first.AddRange(later);
        return first;
    }

    /// <summary>Matching passages per document among the given documents, in one search restricted to them.</summary>
    public static Dictionary<string, int> MatchesIn(IndexSearcher searcher, LuceneQuery query, IReadOnlyCollection<string> documents)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (documents.Count == 0)
        {
            return counts;
        }

        var any = new BooleanQuery();
        foreach (var document in documents)
        {
            any.Add(new TermQuery(new Term(PassageFields.DocumentId, document)), Occur.SHOULD);
        }

        // The document terms lead the conjunction: a few dozen passages, whatever the query.
        var within = new BooleanQuery { { query, Occur.MUST }, { new ConstantScoreQuery(any) { Boost = 0f }, Occur.MUST } };
        searcher.Search(within, new PerDocumentCounter(counts));
        return counts;
    }

    public static string DocumentOf(IndexSearcher searcher, int doc) =>
        searcher.Doc(doc, DocumentIdOnly).Get(PassageFields.DocumentId, CultureInfo.InvariantCulture) ?? string.Empty;

    private sealed class PerDocumentCounter(Dictionary<string, int> counts) : ICollector
    {
        private SortedDocValues? _documents;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            _documents = context.AtomicReader.GetSortedDocValues(PassageFields.DocumentId);
        }

        public void Collect(int doc)
        {
            if (_documents is null)
            {
                return;
            }

            var value = new Lucene.Net.Util.BytesRef();
            _documents.Get(doc, value);
            var document = value.Utf8ToString();
            counts[document] = counts.GetValueOrDefault(document) + 1;
        }
    }
}

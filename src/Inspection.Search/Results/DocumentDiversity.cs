using Inspection.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

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

    /// <summary>
    /// How many passages of each given hit's document the weight matches. A document's passages are written together
    /// (<see cref="PassageIndex.UpsertDocument"/>), so they are all in the hit's segment: only that segment's dictionary
    /// is sought, and the weight the search already made is reused (making another cost more than the search itself).
    /// </summary>
    public static Dictionary<string, int> MatchesOf(IndexSearcher searcher, Weight weight, IEnumerable<int> hits)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(weight);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var leaves = searcher.IndexReader.Leaves;
        foreach (var segment in hits.GroupBy(hit => ReaderUtil.SubIndex(hit, leaves)))
        {
            var leaf = leaves[segment.Key];
            var reader = leaf.AtomicReader;
            var passages = new List<int>();
            var documents = new List<string>();
            var terms = reader.GetTerms(PassageFields.DocumentId)?.GetEnumerator();
            foreach (var document in segment.Select(hit => DocumentOf(searcher, hit)).Distinct(StringComparer.Ordinal))
            {
                counts[document] = 0;
                if (terms is null || !terms.SeekExact(new BytesRef(document)))
                {
                    continue;
                }

                var docs = terms.Docs(reader.LiveDocs, null, DocsFlags.NONE);
                int doc;
                while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    passages.Add(doc);
                    documents.Add(document);
                }
            }

            var scorer = weight.GetScorer(leaf, reader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }

            // In doc order, so the scorer only moves forward.
            var order = Enumerable.Range(0, passages.Count).OrderBy(i => passages[i]).ToList();
            var at = -1;
            foreach (var i in order)
            {
                if (at < passages[i])
                {
                    at = scorer.Advance(passages[i]);
                }

                if (at == passages[i])
                {
                    counts[documents[i]]++;
                }
            }
        }

        return counts;
    }

    /// <summary>The document a passage (a doc of the searcher's reader) belongs to, read from doc values.</summary>
    public static string DocumentOf(IndexSearcher searcher, int doc)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var values = leaf.AtomicReader.GetSortedDocValues(PassageFields.DocumentId);
        if (values is null)
        {
            return string.Empty;
        }

        var value = new BytesRef();
        values.Get(doc - leaf.DocBase, value);
        return value.Utf8ToString();
    }
}

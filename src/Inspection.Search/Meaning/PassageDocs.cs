using Inspection.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Inspection.Search.Meaning;

/// <summary>
/// Finds the index's documents for the passages meaning search found, by looking their ids up in the terms of each
/// segment: no stored field is read (each would decompress a block of stored passages), and only those documents are
/// tested against the search's filters.
/// </summary>
internal static class PassageDocs
{
    /// <summary>
    /// The documents of <paramref name="passages"/> that <paramref name="filter"/> matches, each scored with its passage's
    /// similarity, nearest first (equally near ones in document order).
    /// </summary>
    public static List<ScoreDoc> Find(IndexSearcher searcher, IReadOnlyList<(string PassageId, float Similarity)> passages, LuceneQuery filter)
    {
        var found = new List<ScoreDoc>(passages.Count);
        if (passages.Count == 0)
        {
            return found;
        }

        var weight = searcher.CreateNormalizedWeight(new ConstantScoreQuery(filter));
        var inLeaf = new List<(int Doc, float Similarity)>(passages.Count);
        DocsEnum? docs = null;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var terms = reader.GetTerms(PassageFields.PassageId)?.GetEnumerator();
            if (terms is null)
            {
                continue;
            }

            inLeaf.Clear();
            foreach (var (id, similarity) in passages)
            {
                if (!terms.SeekExact(new BytesRef(id)))
                {
                    continue;
                }

                docs = terms.Docs(reader.LiveDocs, docs, DocsFlags.NONE);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    inLeaf.Add((doc, similarity));
                }
            }

            if (inLeaf.Count == 0 || weight.GetScorer(leaf, reader.LiveDocs) is not { } scorer)
            {
                continue;
            }

            inLeaf.Sort((a, b) => a.Doc.CompareTo(b.Doc));
            var at = -1;
            foreach (var (doc, similarity) in inLeaf)
            {
                if (at < doc)
                {
                    at = scorer.Advance(doc);
                }

                if (at == doc)
                {
                    found.Add(new ScoreDoc(leaf.DocBase + doc, similarity));
                }
            }
        }

        // Stable: equally near passages keep document order, as a search's top documents by equal score do.
        return [.. found.OrderBy(d => d.Doc).OrderByDescending(d => d.Score)];
    }
}

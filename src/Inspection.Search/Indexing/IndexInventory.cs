using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Inspection.Search.Indexing;

/// <summary>
/// What the passages index holds now, for an integrity check against the store: the live passages of each document, a
/// sample of passage ids, and which of some passage ids it lacks. Read from one searcher; nothing is changed.
/// </summary>
public sealed record IndexInventory(IReadOnlyDictionary<string, int> Documents, int Passages, IReadOnlyList<string> SamplePassageIds)
{
    /// <summary>Counts the live passages per document and takes up to <paramref name="sample"/> passage ids spread over the index.</summary>
    public static IndexInventory Take(PassageIndex index, int sample)
    {
        ArgumentNullException.ThrowIfNull(index);
        return index.Read(searcher =>
        {
            var documents = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var reader = searcher.IndexReader;
            var step = Math.Max(1, reader.NumDocs / Math.Max(1, sample));
            var ids = new List<string>();
            var passages = 0;
            var bytes = new BytesRef();
            foreach (var leaf in reader.Leaves)
            {
                var atomic = leaf.AtomicReader;
                var live = atomic.LiveDocs;
                var documentIds = atomic.GetSortedDocValues(PassageFields.DocumentId);
                for (var doc = 0; doc < atomic.MaxDoc; doc++)
                {
                    if (live is not null && !live.Get(doc))
                    {
                        continue;
                    }

                    documentIds?.Get(doc, bytes);
                    var id = documentIds is null ? "" : bytes.Utf8ToString();
                    documents[id] = documents.GetValueOrDefault(id) + 1;
                    if (passages % step == 0 && ids.Count < sample)
                    {
                        ids.Add(atomic.Document(doc).Get(PassageFields.PassageId, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                    }

                    passages++;
                }
            }

            return new IndexInventory(documents, passages, ids);
        });
    }

    /// <summary>The ids among <paramref name="passageIds"/> that no live passage of the index has.</summary>
    public static IReadOnlyList<string> Missing(PassageIndex index, IEnumerable<string> passageIds)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(passageIds);
        return index.Read(searcher => (IReadOnlyList<string>)[.. passageIds
            .Where(id => searcher.Search(new TermQuery(new Term(PassageFields.PassageId, id)), 1).TotalHits == 0)]);
    }
}

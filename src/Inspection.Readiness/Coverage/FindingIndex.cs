using Inspection.Content.Evidence;
using System.Globalization;
using Inspection.Search.Analysis;
using Inspection.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Inspection.Readiness.Coverage;

/// <summary>
/// Findings' own words in a small in-memory index, so a theme's compiled query decides which findings are about it (the
/// one rule coverage's gaps and visit briefings share): a letter's passage often states several findings, and the passage
/// would tie every one of them to every theme it matches. Each entry is a matter, one finding or several (a weakness,
/// the revisit's verdict on it, later letters), and it is about a theme when any of its findings is. Each finding carries
/// its document's classification, so trimming applies to findings too.
/// </summary>
internal sealed class FindingIndex : IDisposable
{
    private const string Position = "position";
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader? _reader;

    public FindingIndex(IndexSearcher passages, IReadOnlyList<OpenFinding> findings, InspectionAnalyzer analyzer)
        : this(passages, [.. findings.Select(f => (IReadOnlyList<Finding>)[f.Finding])], analyzer)
    {
    }

    public FindingIndex(IndexSearcher passages, IReadOnlyList<IReadOnlyList<Finding>> matters, InspectionAnalyzer analyzer)
    {
        var classifications = new Dictionary<string, string?>(StringComparer.Ordinal);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, analyzer)))
        {
            for (var i = 0; i < matters.Count; i++)
            {
                foreach (var finding in matters[i])
                {
                    if (!classifications.TryGetValue(finding.ContentItemId, out var classification))
                    {
                        classification = ClassificationOf(passages, finding.ContentItemId);
                        classifications[finding.ContentItemId] = classification;
                    }

                    // A finding whose document is not in the index (deleted, not yet indexed) is nobody's evidence yet.
                    if (classification is null)
                    {
                        continue;
                    }

                    writer.AddDocument(new Document
                    {
                        new StoredField(Position, i),
                        new TextField(PassageFields.Text, finding.Text, Field.Store.NO),
                        new StringField(PassageFields.Classification, classification, Field.Store.NO),
                    });
                }
            }

            writer.Commit();
        }

        _reader = matters.Count == 0 ? null : DirectoryReader.Open(_directory);
    }

    /// <summary>Positions (in the list given at construction) of the matters the query matches.</summary>
    public IReadOnlySet<int> Matching(Query query)
    {
        if (_reader is null || _reader.NumDocs == 0)
        {
            return new HashSet<int>();
        }

        var searcher = new IndexSearcher(_reader);
        return searcher.Search(query, _reader.MaxDoc).ScoreDocs
            .Select(d => searcher.Doc(d.Doc).GetField(Position)!.GetInt32Value() ?? -1)
            .ToHashSet();
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
    }

    private static string? ClassificationOf(IndexSearcher passages, string documentId)
    {
        var top = passages.Search(new TermQuery(new Term(PassageFields.DocumentId, documentId)), 1).ScoreDocs;
        return top.Length == 0 ? null : passages.Doc(top[0].Doc).Get(PassageFields.Classification, CultureInfo.InvariantCulture);
    }
}

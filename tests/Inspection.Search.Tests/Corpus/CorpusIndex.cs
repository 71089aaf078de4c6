using Inspection.Search.Analysis;
using Inspection.Search.Indexing;

namespace Inspection.Search.Tests.Corpus;

/// <summary>One index of the real corpus in a temp folder, built once and shared by the tests that only read it.</summary>
public sealed class CorpusIndex : TestIndex
{

    public CorpusIndex()
    {
        foreach (var document in CorpusDocuments.All)
        {
            var passages = PdfPassageBuilder.Build(document);
            Passages.AddRange(passages);
            Index.UpsertDocument(document.DocumentId, passages);
        }

        Index.Commit();
        Index.Refresh();
    }

    public List<IndexedPassage> Passages { get; } = [];

    public SearchResults Search(string query, IReadOnlyList<string>? allowed = null, int top = 1000) =>
        Service.Search(new SearchRequest { Query = query, AllowedClassifications = allowed ?? CorpusDocuments.Everyone, Top = top });

    /// <summary>As people search: <c>type:</c> resolved through the shipped recipe's evidence types.</summary>
    public Task<SearchResults> SearchAsync(string query, IReadOnlyList<string>? allowed = null, int top = 1000) =>
        Service.SearchAsync(new SearchRequest { Query = query, AllowedClassifications = allowed ?? CorpusDocuments.Everyone, Top = top }, CancellationToken.None);

    public IndexedPassage Passage(string passageId) => Passages.Single(p => p.PassageId == passageId);
}

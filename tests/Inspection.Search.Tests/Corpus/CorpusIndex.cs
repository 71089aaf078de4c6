using Inspection.Search.Analysis;
using Inspection.Search.Indexing;
using Microsoft.Extensions.Options;

namespace Inspection.Search.Tests.Corpus;

/// <summary>One index of the real corpus in a temp folder, built once and shared by the tests that only read it.</summary>
public sealed class CorpusIndex : IDisposable
{
    private readonly TempFolder _folder = new();

    public CorpusIndex()
    {
        Analyzer = new InspectionAnalyzer();
        var options = Options.Create(new SearchOptions { IndexDirectory = Path.Combine(_folder.Path, "index"), MaxTop = 1000 });
        Index = new PassageIndex(options, Analyzer);
        Glossary = new GlossaryProvider(RepoPaths.GlossaryRecipe, Analyzer);
        Service = new SearchService(Index, Glossary, Analyzer, options);
        foreach (var document in CorpusDocuments.All)
        {
            var passages = PdfPassageBuilder.Build(document);
            Passages.AddRange(passages);
            Index.UpsertDocument(document.DocumentId, passages);
        }

        Index.Commit();
        Index.Refresh();
    }

    public InspectionAnalyzer Analyzer { get; }

    public PassageIndex Index { get; }

    public GlossaryProvider Glossary { get; }

    public SearchService Service { get; }

    public List<IndexedPassage> Passages { get; } = [];

    public SearchResults Search(string query, IReadOnlyList<string>? allowed = null, int top = 1000) =>
        Service.Search(new SearchRequest { Query = query, AllowedClassifications = allowed ?? CorpusDocuments.Everyone, Top = top });

    public IndexedPassage Passage(string passageId) => Passages.Single(p => p.PassageId == passageId);

    public void Dispose()
    {
        Index.Dispose();
        Analyzer.Dispose();
        _folder.Dispose();
    }
}

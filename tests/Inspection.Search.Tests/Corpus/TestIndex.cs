using Inspection.Search.Analysis;
using Inspection.Search.Indexing;
using Microsoft.Extensions.Options;

namespace Inspection.Search.Tests.Corpus;

/// <summary>An empty passages index in a temp folder with the product's analyzer, glossary and search service; fixtures fill it.</summary>
public abstract class TestIndex : IDisposable
{
    private readonly TempFolder _folder = new();

    protected TestIndex()
    {
        Analyzer = new InspectionAnalyzer();
        var options = Options.Create(new SearchOptions { IndexDirectory = Path.Combine(_folder.Path, "index"), MaxTop = 1000 });
        Index = new PassageIndex(options, Analyzer);
        Glossary = new GlossaryProvider(RepoPaths.GlossaryRecipe, Analyzer);
        Service = new SearchService(Index, Glossary, Analyzer, options, types: new RecipeTypeCatalog(RecipeTypeCatalog.SetupRecipe));
    }

    public InspectionAnalyzer Analyzer { get; }

    public PassageIndex Index { get; }

    public GlossaryProvider Glossary { get; }

    public SearchService Service { get; }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Index.Dispose();
            Analyzer.Dispose();
            _folder.Dispose();
        }
    }
}

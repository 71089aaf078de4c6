using Inspection.Search.Analysis;
using Inspection.Search.Indexing;
using Inspection.Search.Tests.Corpus;
using Microsoft.Extensions.Options;

namespace Inspection.Search.Tests.Analysis;

public sealed class GlossaryEditTests
{
    private const string Recipe = """
        {
          "name": "glossary", "displayName": "Test glossary", "description": "", "author": "Inspection", "version": "1.0",
          "issetuprecipe": false, "categories": [], "tags": [],
          "steps": [ { "name": "Glossary", "Terms": [ { "Term": "accelerated progress plan", "Synonyms": ["APP"] }SECOND ] } ]
        }
        """;

    [Fact]
    public void ASynonymAddedToTheGlossaryFileWorksWithoutReindexing()
    {
        using var folder = new TempFolder();
        var glossaryPath = Path.Combine(folder.Path, "glossary.recipe.json");
        File.WriteAllText(glossaryPath, Recipe.Replace("SECOND", string.Empty, StringComparison.Ordinal));
        using var analyzer = new InspectionAnalyzer();
        var options = Options.Create(new SearchOptions { IndexDirectory = Path.Combine(folder.Path, "index") });
        using var index = new PassageIndex(options, analyzer);
        var service = new SearchService(index, new GlossaryProvider(glossaryPath, analyzer), analyzer, options);
        var document = CorpusDocuments.All.Single(d => d.DocumentId == CorpusDocuments.SendRevisit);
        index.UpsertDocument(document.DocumentId, PdfPassageBuilder.Build(document));
        index.Refresh();
        var request = new SearchRequest { Query = "PBS", AllowedClassifications = CorpusDocuments.Everyone };

        var before = service.Search(request);
        File.WriteAllText(glossaryPath, Recipe.Replace(
            "SECOND", """, { "Term": "positive behaviour support", "Synonyms": ["PBS"] }""", StringComparison.Ordinal));
        var after = service.Search(request);

        Assert.Equal(0, before.Total);
        Assert.Contains(after.Hits, h => TextAssert.Mentions(h.Text, "pilot Positive Behaviour Support Programme"));
        Assert.Contains(service.Search(request with { Query = "APP" }).Hits, h => TextAssert.Mentions(h.Text, "Accelerated Progress Plan"));
    }
}

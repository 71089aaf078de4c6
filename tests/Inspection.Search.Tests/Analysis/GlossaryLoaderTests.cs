using Inspection.Search.Analysis;
using Inspection.Search.Tests.Corpus;

namespace Inspection.Search.Tests.Analysis;

public sealed class GlossaryLoaderTests
{
    [Fact]
    public void TheRecipeHoldsEveryTermOfTheSharedGlossary()
    {
        var glossary = GlossaryLoader.Load(RepoPaths.GlossaryRecipe);
        var tsv = File.ReadAllLines(Path.Combine(RepoPaths.Root, "..", "shared", "domain", "glossary.tsv")).Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t')[0]);

        var terms = glossary.Terms.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        Assert.All(tsv, term => Assert.Contains(term, terms));
    }

    [Theory]
    [InlineData("EHCP")]
    [InlineData("EHC plan")]
    [InlineData("LAC")]
    [InlineData("CLA")]
    [InlineData("CiN")]
    [InlineData("CP")]
    [InlineData("PfA")]
    [InlineData("RHI")]
    [InlineData("MASH")]
    [InlineData("LADO")]
    [InlineData("PEP")]
    [InlineData("SGO")]
    [InlineData("CAMHS")]
    [InlineData("EWMHS")]
    [InlineData("NEET")]
    [InlineData("CME")]
    [InlineData("EHE")]
    [InlineData("WSoA")]
    [InlineData("APP")]
    [InlineData("SEF")]
    [InlineData("ILACS")]
    [InlineData("JTAI")]
    [InlineData("DSG")]
    [InlineData("HNB")]
    public void TheRecipeDefinesTheAcronymsTheProductNeeds(string acronym)
    {
        var glossary = GlossaryLoader.Load(RepoPaths.GlossaryRecipe);

        Assert.Contains(glossary.Terms, t => t.Synonyms.Contains(acronym, StringComparer.Ordinal));
    }

    [Fact]
    public void CommentsTrailingCommasAndOtherStepsAreTolerated()
    {
        var glossary = GlossaryLoader.Parse("""
            // exported from Orchard
            {
              "name": "mixed", "issetuprecipe": false,
              "steps": [
                { "name": "ContentDefinition", "ContentTypes": [] },
                /* ours */
                { "name": "glossary", "terms": [ { "term": "personal education plan", "synonyms": ["PEP", "ePEP",], }, ], },
              ],
            }
            """);

        var term = Assert.Single(glossary.Terms);
        Assert.Equal("personal education plan", term.Term);
        Assert.Equal(["PEP", "ePEP"], term.Synonyms);
    }

    [Fact]
    public void ABrokenRecipeIsReportedWithItsFileName()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "broken.recipe.json");
        File.WriteAllText(path, "{ \"steps\": [ ");

        var error = Assert.Throws<InvalidDataException>(() => GlossaryLoader.Load(path));

        Assert.StartsWith("broken.recipe.json:", error.Message, StringComparison.Ordinal);
    }
}

using Inspection.Search.Analysis;
using Inspection.Search.Meaning;
using Inspection.Search.Tests.Corpus;

namespace Inspection.Search.Tests.Meaning;

public sealed class PlainEnglishTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("plain-english-").FullName;
    private readonly InspectionAnalyzer _analyzer = new();

    [Fact]
    public void TheShippedLayerGivesEverydayWordsTheSectorsTerms()
    {
        var layer = new PlainEnglishProvider(Path.Combine(RepoPaths.Root, "content-recipes", PlainEnglishLoader.DefaultFileName), _analyzer);

        Assert.Contains("placed for adoption", layer.SectorTerms("how long before children are moving in with a new family"));
        Assert.Contains("staying put", layer.SectorTerms("can they keep staying with foster carers after 18?"));
        Assert.Contains("agency social workers", layer.SectorTerms("how many temporary social workers do we use"));
    }

    [Fact]
    public void TheShippedLayerKnowsInformalAndOldFashionedWords()
    {
        var layer = new PlainEnglishProvider(Path.Combine(RepoPaths.Root, "content-recipes", PlainEnglishLoader.DefaultFileName), _analyzer);

        Assert.Contains("unauthorised absence", layer.SectorTerms("pupils bunking off on Fridays"));
        Assert.Contains("Ofsted", layer.SectorTerms("what did the watchdog make of us"));
        Assert.Contains("budget deficit", layer.SectorTerms("how big is the money gap this year"));
        Assert.Contains("unsuitable accommodation", layer.SectorTerms("care leavers put in a B&B"));
        Assert.Contains("kinship care", layer.SectorTerms("children living with their nan"));
        Assert.Contains("adult social care", layer.SectorTerms("handing over to the grown-ups' side"));
    }

    [Fact]
    public void PluralsAndPossessivesMatchTheSingularPhrase()
    {
        var layer = new PlainEnglishProvider(Path.Combine(RepoPaths.Root, "content-recipes", PlainEnglishLoader.DefaultFileName), _analyzer);

        Assert.Equal(layer.SectorTerms("working with mum and dad"), layer.SectorTerms("working with mums and dads"));
        Assert.Contains("parents and carers", layer.SectorTerms("working with mums and dads"));
        Assert.Contains("agency social workers", layer.SectorTerms("the temp workers' contracts"));
    }

    [Fact]
    public void APhraseInsideALongerMatchedPhraseAddsNothing()
    {
        var path = Write("""
            { "steps": [ { "name": "PlainEnglish", "Phrases": [
              { "Everyday": ["mum"], "Sector": ["parents"] },
              { "Everyday": ["foster mum"], "Sector": ["foster carers"] } ] } ] }
            """);
        var layer = new PlainEnglishProvider(path, _analyzer);

        Assert.Equal(["foster carers"], layer.SectorTerms("her foster mum"));
        Assert.Equal(["foster carers", "parents"], layer.SectorTerms("her foster mum and her mum"));
        Assert.Equal(["parents"], layer.SectorTerms("her mum"));
    }

    [Fact]
    public void SectorTermsAndAcronymsAreLeftAsTyped()
    {
        var layer = new PlainEnglishProvider(Path.Combine(RepoPaths.Root, "content-recipes", PlainEnglishLoader.DefaultFileName), _analyzer);

        Assert.Equal("EHCP timeliness", layer.Expand("EHCP timeliness"));
        Assert.Equal("return home interviews", layer.Expand("return home interviews"));
        Assert.Equal("care leavers pathway plans", layer.Expand("care leavers pathway plans"));
    }

    [Fact]
    public void WordFormsMatchAndTermsTheQueryHasAreNotAddedAgain()
    {
        var path = Write("""{ "steps": [ { "name": "PlainEnglish", "Phrases": [ { "Everyday": ["foster mum"], "Sector": ["foster carers", "fostering"] } ] } ] }""");
        var layer = new PlainEnglishProvider(path, _analyzer);

        Assert.Equal("our Foster Mums and fostering (foster carers)", layer.Expand("our Foster Mums and fostering"));
        Assert.Equal("a mum who fosters", layer.Expand("a mum who fosters"));
    }

    [Fact]
    public void AnEditIsReadWithoutARestartAndAMissingFileMeansNoLayer()
    {
        var path = Path.Combine(_folder, "layer.recipe.json");
        var layer = new PlainEnglishProvider(path, _analyzer);
        Assert.Equal("kicked out of school", layer.Expand("kicked out of school"));

        File.WriteAllText(path, """{ "steps": [ { "name": "PlainEnglish", "Phrases": [ { "Everyday": ["kicked out"], "Sector": ["exclusions"] } ] } ] }""");

        Assert.Equal("kicked out of school (exclusions)", layer.Expand("kicked out of school"));
    }

    [Fact]
    public void TheShippedRecipeHoldsOnlyWellFormedPhrases()
    {
        var phrases = PlainEnglishLoader.Load(Path.Combine(RepoPaths.Root, "content-recipes", PlainEnglishLoader.DefaultFileName));

        Assert.True(phrases.Count >= 100, $"{phrases.Count} phrases");
        Assert.All(phrases, p => Assert.True(p.Everyday.Count > 0 && p.Sector.Count > 0));
    }

    [Fact]
    public void NoEverydayPhraseOfTheShippedLayerIsOneOfItsSectorTerms()
    {
        // A query already in the sector's words must not be expanded as if it were everyday speech.
        var phrases = PlainEnglishLoader.Load(Path.Combine(RepoPaths.Root, "content-recipes", PlainEnglishLoader.DefaultFileName));
        var sector = phrases.SelectMany(p => p.Sector).Select(Analysed).ToHashSet(StringComparer.Ordinal);

        var clashes = phrases.SelectMany(p => p.Everyday).Where(e => sector.Contains(Analysed(e))).ToList();

        Assert.True(clashes.Count == 0, "everyday phrases that are sector terms: " + string.Join(", ", clashes));
    }

    public void Dispose()
    {
        _analyzer.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string Analysed(string text) => string.Join(' ', TextAnalysis.Terms(_analyzer, text));

    private string Write(string json)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".recipe.json");
        File.WriteAllText(path, json);
        return path;
    }
}

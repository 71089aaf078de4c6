using Inspection.Readiness.Tests.Fixtures;

namespace Inspection.Readiness.Tests.Themes;

public sealed class ThemeEvidenceTests(CorpusStore corpus) : IClassFixture<CorpusStore>
{
    [Theory]
    [InlineData("ilacs/care-leavers", new[] { "care leaver" })]
    [InlineData("send-2016/assessment-and-meeting-needs/ehc-plans", new[] { "EHC", "education, health and care plan" })]
    [InlineData("ilacs/help-and-protection/missing", new[] { "missing", "return home" })]
    [InlineData("send-2016/assessment-and-meeting-needs/co-production", new[] { "co-production", "coproduction", "parent carer forum" })]
    public async Task TopPassagesOfANamedThemeAreAboutThatTheme(string themeId, string[] words)
    {
        var evidence = await corpus.Store.EvidenceAsync(themeId, top: 3);

        Assert.Equal(3, evidence.Hits.Count);
        Assert.All(evidence.Hits, hit => Assert.True(
            words.Any(w => hit.Text.Contains(w, StringComparison.OrdinalIgnoreCase)),
            $"{themeId}: \"{hit.Text[..Math.Min(200, hit.Text.Length)]}\" has none of {string.Join(", ", words)}"));
        Assert.All(evidence.Hits, hit => Assert.Contains("<mark>", hit.Snippet, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AGlossaryAcronymInAKeyPhraseFindsTheWordsSpelledOut()
    {
        // The key phrase is "EHCP"; Medway's revisit letter writes "education, health and care plans".
        var evidence = await corpus.Store.EvidenceAsync("send-2016/assessment-and-meeting-needs/ehc-plans", top: 200);

        Assert.Contains(evidence.Hits, h => h.Text.Contains("education, health and care plans", StringComparison.OrdinalIgnoreCase)
            && !h.Text.Contains("EHC", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RequestWordsNarrowTheThemesEvidence()
    {
        var all = await corpus.Store.EvidenceAsync("ilacs/help-and-protection", top: 100);
        var narrowed = await corpus.Store.EvidenceAsync("ilacs/help-and-protection", top: 100, query: "Thurrock");

        Assert.True(narrowed.Total > 0);
        Assert.True(narrowed.Total < all.Total);
        Assert.All(narrowed.Hits, h => Assert.Equal("thurrock-childrens-overview-scrutiny-2021-10.pdf", h.SourceFile));
    }

    [Fact]
    public async Task AThemeOfAnotherFrameworkIsNotFound()
    {
        var results = await corpus.Store.InScopeAsync(sp => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Inspection.Readiness.Themes.IThemeEvidence>(sp)
            .EvidenceForAsync("scif/leaders", new Inspection.Search.SearchRequest { AllowedClassifications = StoreQueries.OfficialOnly }, CancellationToken.None));

        Assert.Null(results);
    }
}

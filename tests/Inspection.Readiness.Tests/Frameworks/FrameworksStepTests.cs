using Inspection.Content.Recipes;
using Inspection.Content.Store;
using Inspection.Readiness.Frameworks;
using Inspection.Readiness.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Readiness.Tests.Frameworks;

public sealed class FrameworksStepTests
{
    private static string FrameworksRecipe => Path.Combine(RepoPaths.Recipes, "frameworks.recipe.json");

    [Fact]
    public async Task ShippedRecipeHoldsTheFiveFrameworksWithTheirJudgementAreasAndSubThemes()
    {
        await using var store = await ReadinessStore.CreateAsync(CorpusStore.Today);

        var frameworks = await store.FrameworksAsync();

        Assert.Equal(["ilacs", "send-2016", "send-2023", "eif", "eif-2025"], frameworks.Select(f => f.Id));
        var ilacs = frameworks[0];
        Assert.Equal(
            ["ilacs/leaders", "ilacs/help-and-protection", "ilacs/children-in-care", "ilacs/care-leavers"],
            ilacs.Themes.Where(t => t.ParentId is null).Select(t => t.Id));
        Assert.Contains(ilacs.Themes, t => t.Id == "ilacs/help-and-protection/front-door" && t.KeyPhrases.Any(p => p.Text == "MASH"));
        Assert.Contains(ilacs.Themes, t => t.Id == "ilacs/children-in-care/education" && t.ParentId == "ilacs/children-in-care");
        Assert.Equal(
            ["send-2016/identification", "send-2016/assessment-and-meeting-needs", "send-2016/improving-outcomes"],
            frameworks[1].Themes.Where(t => t.ParentId is null).Select(t => t.Id));
        Assert.Contains("widespread and/or systemic failings", frameworks[2].Description, StringComparison.Ordinal);
        Assert.Equal(6, frameworks[3].Themes.Count);
        foreach (var framework in frameworks)
        {
            // Each records what its themes were checked against, and when.
            Assert.False(string.IsNullOrWhiteSpace(framework.Source), framework.Id);
            Assert.Equal(new DateOnly(2026, 12, 6), framework.Checked);

            // Parents come before their children, and every theme has something to search with.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            Assert.All(framework.Themes, t =>
            {
                Assert.True(t.ParentId is null || seen.Contains(t.ParentId), t.Id);
                Assert.True(t.KeyPhrases.Count > 0 || t.Query is not null, t.Id);
                seen.Add(t.Id);
            });
        }
    }

    [Fact]
    public async Task TheRenewedSchoolsFrameworkHasItsEvaluationAreasSafeguardingAndPhaseAreas()
    {
        await using var store = await ReadinessStore.CreateAsync(CorpusStore.Today);

        var renewed = (await store.FrameworksAsync()).Single(f => f.Id == "eif-2025");

        Assert.Equal(
            ["inclusion", "curriculum-and-teaching", "achievement", "attendance-and-behaviour", "personal-development-and-well-being",
                "leadership-and-governance", "early-years", "post-16", "safeguarding"],
            renewed.Themes.Select(t => t.Id["eif-2025/".Length..]));
        Assert.Contains("five-point scale", renewed.Description, StringComparison.Ordinal);
        Assert.Contains("10 November 2025", renewed.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReimportingTheRecipeCreatesNoNewVersions()
    {
        await using var store = await ReadinessStore.CreateAsync(CorpusStore.Today);

        var result = await store.InScopeAsync(sp => sp.GetRequiredService<RecipeImporter>().ImportFileAsync(FrameworksRecipe, null, CancellationToken.None));

        Assert.Equal(0, result.ItemsCreated);
        Assert.Equal(0, result.ItemsUpdated);
        Assert.True(result.ItemsUnchanged > 60);
        var versions = await store.InScopeAsync(sp => sp.GetRequiredService<IContentStore>()
            .ListVersionsAsync(FrameworkContent.StableId(FrameworkContent.ThemeType, "ilacs/care-leavers/pathway-plans"), CancellationToken.None));
        Assert.Single(versions);
    }

    [Fact]
    public async Task ThemesAreStoredAsContentItemsWhoseIdsDeriveFromTheThemeId()
    {
        await using var store = await ReadinessStore.CreateAsync(CorpusStore.Today);

        var themes = await store.InScopeAsync(sp => sp.GetRequiredService<IContentStore>().ListAsync(FrameworkContent.ThemeType, CancellationToken.None));

        var pathway = Assert.Single(themes, t => t.DisplayText == "Pathway plans");
        Assert.Equal(FrameworkContent.StableId(FrameworkContent.ThemeType, "ilacs/care-leavers/pathway-plans"), pathway.ContentItemId);
        Assert.Equal(26, pathway.ContentItemId.Length);
        Assert.Equal("ilacs/care-leavers", pathway.Content[FrameworkContent.ThemePartName]!["ParentId"]!.GetValue<string>());
        Assert.NotEqual(pathway.ContentItemId, FrameworkContent.StableId(FrameworkContent.ThemeType, "ilacs/care-leavers"));
    }

    [Theory]
    [InlineData("""[{ "Id": "x", "Title": "X", "Themes": [{ "Title": "Front door" }] }]""", "theme 1 ('Front door') has no 'Id'")]
    [InlineData("""[{ "Id": "x", "Title": "X", "Themes": [{ "Id": "x/a", "Title": "A" }, { "Id": "x/a", "Title": "A again" }] }]""", "duplicate id 'x/a'")]
    [InlineData("""[{ "Id": "x", "Title": "X", "Themes": [{ "Id": "x/a", "Title": "A", "Themes": [{ "Id": "x/b", "Title": "B" }] }] }]""", "theme id 'x/b' must extend its parent's id as 'x/a/NAME'")]
    [InlineData("""[{ "Id": "x", "Title": "X", "Themes": [{ "Id": "y/a", "Title": "A" }] }]""", "theme id 'y/a' must extend its parent's id as 'x/NAME'")]
    [InlineData("""[{ "Id": "x", "Title": "X", "Themes": [{ "Id": "x/a", "Title": "A", "KeyPhrases": [{ "Text": "a", "Weight": -1 }] }] }]""", "'Weight' must be a number above 0")]
    [InlineData("""{ "Id": "x" }""", "'Frameworks' must be an array")]
    [InlineData("""[{ "Id": "x", "Title": "X", "Checked": "6 December 2026" }]""", "framework 'x': 'Checked' must be a date as yyyy-MM-dd, not '6 December 2026'")]
    public async Task MalformedFrameworksStepIsRefusedNamingTheProblemAndSavesNothing(string frameworks, string problem)
    {
        await using var store = await ReadinessStore.CreateAsync(CorpusStore.Today);
        var path = store.WriteFile("bad.recipe.json", $$"""
            { "name": "bad", "steps": [{ "name": "Frameworks", "Frameworks": {{frameworks}} }] }
            """);

        var error = await Assert.ThrowsAsync<RecipeException>(() => store.InScopeAsync(sp => sp.GetRequiredService<RecipeImporter>().ImportFileAsync(path, null, CancellationToken.None)));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains("Frameworks", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(await store.FrameworksAsync(), f => f.Id == "x");
    }

    [Fact]
    public async Task AChangedThemeInARecipeBecomesANewVersion()
    {
        await using var store = await ReadinessStore.CreateAsync(CorpusStore.Today);
        var path = store.WriteFile("edit.recipe.json", """
            { "name": "edit", "steps": [{ "name": "Frameworks", "Frameworks": [
              { "Id": "ilacs-local", "Title": "Local", "Themes": [{ "Id": "ilacs-local/visits", "Title": "Visits", "KeyPhrases": [{ "Text": "statutory visits", "Weight": 1.5 }] }] } ] }] }
            """);
        var importer = (IServiceProvider sp) => sp.GetRequiredService<RecipeImporter>();

        var first = await store.InScopeAsync(sp => importer(sp).ImportFileAsync(path, null, CancellationToken.None));
        var again = await store.InScopeAsync(sp => importer(sp).ImportFileAsync(path, null, CancellationToken.None));
        File.WriteAllText(path, File.ReadAllText(path).Replace("statutory visits", "visits in timescale", StringComparison.Ordinal));
        var edited = await store.InScopeAsync(sp => importer(sp).ImportFileAsync(path, null, CancellationToken.None));

        Assert.Equal((2, 0), (first.ItemsCreated, first.ItemsUpdated));
        Assert.Equal((0, 0, 2), (again.ItemsCreated, again.ItemsUpdated, again.ItemsUnchanged));
        Assert.Equal((0, 1), (edited.ItemsCreated, edited.ItemsUpdated));
        var theme = await store.InScopeAsync(sp => sp.GetRequiredService<IFrameworkCatalog>().GetThemeAsync("ilacs-local/visits", CancellationToken.None));
        Assert.Equal([new KeyPhrase("visits in timescale", 1.5f)], theme!.KeyPhrases);
    }
}

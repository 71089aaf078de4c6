using Inspection.Content.Model;
using Inspection.Content.Store;
using Inspection.Readiness.Coverage;
using Inspection.Readiness.Frameworks;
using Inspection.Readiness.Tests.Fixtures;
using Inspection.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Readiness.Tests.Themes;

public sealed class ThemeEditTests
{
    private const string ThemeId = "ilacs/help-and-protection/private-fostering";

    [Fact]
    public async Task EditingAThemesKeyPhrasesChangesItsEvidenceOnTheNextQueryWithNoReindex()
    {
        await using var store = await ReadinessStore.CreateAsync(CorpusStore.Today);
        await store.IngestAsync([RepoPaths.CorpusFile("thurrock-childrens-overview-scrutiny-2021-10.pdf")]);
        var index = store.Services.GetRequiredService<PassageIndex>();
        var before = await store.ThemeAsync(ThemeId);
        var generation = index.Generation;
        Assert.Equal(0, before.Passages);
        Assert.Contains(before.Gaps, g => g.Code == GapCodes.NoEvidence);

        var theme = await store.InScopeAsync(sp => sp.GetRequiredService<IFrameworkCatalog>().GetThemeAsync(ThemeId, CancellationToken.None));
        await store.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IFrameworkCatalog>().SaveThemeAsync(theme! with { KeyPhrases = [new KeyPhrase("supported accommodation", 2)] }, CancellationToken.None);
            return 0;
        });

        var after = await store.ThemeAsync(ThemeId);
        var evidence = await store.EvidenceAsync(ThemeId, top: 3);
        Assert.True(after.Passages > 0);
        Assert.DoesNotContain(after.Gaps, g => g.Code == GapCodes.NoEvidence);
        Assert.All(evidence.Hits, h => Assert.Contains("supported accommodation", h.HeadingPath + " " + h.Text, StringComparison.OrdinalIgnoreCase));
        // The parent theme's evidence grows with its sub-theme's.
        Assert.True((await store.ThemeAsync("ilacs/help-and-protection")).Passages >= after.Passages);
        Assert.Equal(generation, index.Generation);
    }

    [Fact]
    public async Task ASavedThemeIsANewPublishedVersionOfTheSameItem()
    {
        await using var store = await ReadinessStore.CreateAsync(CorpusStore.Today);
        var id = FrameworkContent.StableId(FrameworkContent.ThemeType, ThemeId);
        var catalog = (IServiceProvider sp) => sp.GetRequiredService<IFrameworkCatalog>();
        var theme = await store.InScopeAsync(sp => catalog(sp).GetThemeAsync(ThemeId, CancellationToken.None));

        await store.InScopeAsync(async sp =>
        {
            await catalog(sp).SaveThemeAsync(theme! with { Criteria = "Privately fostered children are known and visited." }, CancellationToken.None);
            return 0;
        });

        var versions = await store.InScopeAsync(sp => sp.GetRequiredService<IContentStore>().ListVersionsAsync(id, CancellationToken.None));
        var saved = await store.InScopeAsync(sp => catalog(sp).GetThemeAsync(ThemeId, CancellationToken.None));
        Assert.Equal(2, versions.Count);
        Assert.True(versions[^1].Published);
        Assert.Equal("Privately fostered children are known and visited.", saved!.Criteria);
        Assert.Equal(theme!.KeyPhrases, saved.KeyPhrases);
        var framework = (await store.FrameworksAsync()).Single(f => f.Id == "ilacs");
        Assert.Equal(1, framework.Themes.Count(t => t.Id == ThemeId));
    }

    [Fact]
    public async Task ASubThemeWhoseIdDoesNotExtendItsParentIsNotSaved()
    {
        await using var store = await ReadinessStore.CreateAsync(CorpusStore.Today);
        var stray = new ThemeDefinition("ilacs/stray", "ilacs", "ilacs/care-leavers", "Stray", null, [new KeyPhrase("stray")], null);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IFrameworkCatalog>().SaveThemeAsync(stray, CancellationToken.None);
            return 0;
        }));

        Assert.Contains("ilacs/care-leavers/", error.Message, StringComparison.Ordinal);
        Assert.Null(await store.InScopeAsync(sp => sp.GetRequiredService<IContentStore>()
            .GetAsync(FrameworkContent.StableId(FrameworkContent.ThemeType, "ilacs/stray"), VersionOptions.Latest, CancellationToken.None)));
    }

    [Fact]
    public async Task DeletedAndNewDocumentsChangeCoverageOnTheNextQuery()
    {
        await using var store = await ReadinessStore.CreateAsync(CorpusStore.Today);
        var outcomes = await store.IngestAsync([
            RepoPaths.CorpusFile("medway-cabinet-send-revisit-2020.pdf"),
            RepoPaths.CorpusFile("medway-lead-member-childrens-services-2022.pdf")]);
        const string plans = "send-2016/assessment-and-meeting-needs/ehc-plans";
        var both = await store.ThemeAsync(plans);

        var cabinet = outcomes.Single(o => o.File.Contains("cabinet", StringComparison.Ordinal)).DocumentId!;
        await store.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IContentStore>().DeleteAsync(cabinet, CancellationToken.None);
            return 0;
        });
        await store.CatchUpAsync();
        var one = await store.ThemeAsync(plans);
        await store.IngestAsync([RepoPaths.CorpusFile("thurrock-childrens-overview-scrutiny-2021-10.pdf")]);
        var two = await store.ThemeAsync(plans);

        Assert.Equal(2, both.Documents);
        Assert.Equal(1, one.Documents);
        Assert.True(one.Passages < both.Passages);
        Assert.Equal(new DateOnly(2022, 3, 3), one.LatestEvidence);
        Assert.Equal(2, two.Documents);
        Assert.True(two.Passages > one.Passages);
    }
}

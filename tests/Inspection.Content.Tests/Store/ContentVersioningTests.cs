using Inspection.Content.Model;
using Inspection.Content.Store;
using Inspection.Content.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Content.Tests.Store;

public sealed class ContentVersioningTests
{
    [Theory, SqliteData, PostgresData]
    public async Task ThreeSavesGiveThreeVersionsAndPublishingOneKeepsTheOthersAsHistory(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var first = await harness.InScopeAsync(sp => Store(sp).CreateAsync(Items.Audit("Draft one"), publish: false, CancellationToken.None));
        var second = await harness.InScopeAsync(sp => Store(sp).UpdateAsync(Items.WithTitle(first, "Draft two"), publish: false, CancellationToken.None));
        var third = await harness.InScopeAsync(sp => Store(sp).UpdateAsync(Items.WithTitle(second, "Draft three"), publish: false, CancellationToken.None));
        await harness.InScopeAsync(sp => Store(sp).PublishAsync(second.ContentItemVersionId, CancellationToken.None));

        await harness.InScopeAsync(async sp =>
        {
            var versions = await Store(sp).ListVersionsAsync(first.ContentItemId, CancellationToken.None);
            Assert.Equal(["Draft one", "Draft two", "Draft three"], versions.Select(Items.Title));
            Assert.Equal([first.ContentItemVersionId, second.ContentItemVersionId, third.ContentItemVersionId], versions.Select(v => v.ContentItemVersionId));
            Assert.Equal([false, false, true], versions.Select(v => v.Latest));
            Assert.Equal([false, true, false], versions.Select(v => v.Published));
            Assert.Equal(3, versions.Select(v => v.ContentItemVersionId).Distinct(StringComparer.Ordinal).Count());
            Assert.All(versions, v => Assert.Equal(first.CreatedUtc, v.CreatedUtc));

            var latest = await Store(sp).GetAsync(first.ContentItemId, VersionOptions.Latest, CancellationToken.None);
            var published = await Store(sp).GetAsync(first.ContentItemId, VersionOptions.Published, CancellationToken.None);
            Assert.Equal("Draft three", Items.Title(latest!));
            Assert.Equal("Draft two", Items.Title(published!));
            Assert.NotNull(published!.PublishedUtc);
            Assert.Single(await Store(sp).ListAsync("Audit", CancellationToken.None));
            Assert.Empty(await Store(sp).ListAsync("InspectionLetter", CancellationToken.None));
        });
    }

    [Theory, SqliteData, PostgresData]
    public async Task PublishingANewVersionUnpublishesTheOldOneAndUnpublishClearsIt(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var first = await harness.InScopeAsync(sp => Store(sp).CreateAsync(Items.Audit("Published one"), publish: true, CancellationToken.None));
        var second = await harness.InScopeAsync(sp => Store(sp).UpdateAsync(Items.WithTitle(first, "Published two"), publish: true, CancellationToken.None));

        await harness.InScopeAsync(async sp =>
        {
            var versions = await Store(sp).ListVersionsAsync(first.ContentItemId, CancellationToken.None);
            Assert.Equal([false, true], versions.Select(v => v.Published));
            Assert.Equal(second.ContentItemVersionId, (await Store(sp).GetAsync(first.ContentItemId, VersionOptions.Published, CancellationToken.None))!.ContentItemVersionId);
            await Store(sp).UnpublishAsync(first.ContentItemId, CancellationToken.None);
        });

        await harness.InScopeAsync(async sp =>
        {
            Assert.Null(await Store(sp).GetAsync(first.ContentItemId, VersionOptions.Published, CancellationToken.None));
            Assert.Equal("Published two", Items.Title((await Store(sp).GetAsync(first.ContentItemId, VersionOptions.Latest, CancellationToken.None))!));
        });
    }

    [Theory, SqliteData, PostgresData]
    public async Task RestoreCopiesAnOldVersionIntoANewLatestVersion(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var first = await harness.InScopeAsync(sp => Store(sp).CreateAsync(Items.Audit("Original wording"), publish: true, CancellationToken.None));
        var second = await harness.InScopeAsync(sp => Store(sp).UpdateAsync(Items.WithTitle(first, "Mistaken edit"), publish: true, CancellationToken.None));

        var restored = await harness.InScopeAsync(sp => Store(sp).RestoreAsync(first.ContentItemVersionId, publish: true, CancellationToken.None));

        Assert.NotEqual(first.ContentItemVersionId, restored.ContentItemVersionId);
        Assert.NotEqual(second.ContentItemVersionId, restored.ContentItemVersionId);
        await harness.InScopeAsync(async sp =>
        {
            var versions = await Store(sp).ListVersionsAsync(first.ContentItemId, CancellationToken.None);
            Assert.Equal(["Original wording", "Mistaken edit", "Original wording"], versions.Select(Items.Title));
            Assert.Equal([false, false, true], versions.Select(v => v.Latest));
            Assert.Equal([false, false, true], versions.Select(v => v.Published));
            var published = await Store(sp).GetAsync(first.ContentItemId, VersionOptions.Published, CancellationToken.None);
            Assert.Equal(restored.ContentItemVersionId, published!.ContentItemVersionId);
        });
    }

    [Theory, SqliteData, PostgresData]
    public async Task SoftDeleteHidesTheItemRestoreBringsItBackAndPurgeRemovesItForGood(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var kept = await harness.InScopeAsync(sp => Store(sp).CreateAsync(Items.Audit("Kept"), publish: true, CancellationToken.None));
        var doomed = await harness.InScopeAsync(sp => Store(sp).CreateAsync(Items.Audit("Doomed"), publish: true, CancellationToken.None));

        await harness.InScopeAsync(sp => Store(sp).DeleteAsync(doomed.ContentItemId, CancellationToken.None));
        await harness.InScopeAsync(async sp =>
        {
            Assert.Null(await Store(sp).GetAsync(doomed.ContentItemId, VersionOptions.Latest, CancellationToken.None));
            Assert.Null(await Store(sp).GetAsync(doomed.ContentItemId, VersionOptions.Published, CancellationToken.None));
            Assert.Equal([kept.ContentItemId], (await Store(sp).ListAsync(null, CancellationToken.None)).Select(i => i.ContentItemId));
            // History stays reachable so the item can still be restored.
            Assert.Single(await Store(sp).ListVersionsAsync(doomed.ContentItemId, CancellationToken.None));
            await Assert.ThrowsAsync<InvalidOperationException>(() => Store(sp).UpdateAsync(doomed, publish: false, CancellationToken.None));
        });

        await harness.InScopeAsync(sp => Store(sp).RestoreAsync(doomed.ContentItemVersionId, publish: false, CancellationToken.None));
        await harness.InScopeAsync(async sp =>
        {
            Assert.Equal(2, (await Store(sp).ListAsync(null, CancellationToken.None)).Count);
            Assert.Null(await Store(sp).GetAsync(doomed.ContentItemId, VersionOptions.Published, CancellationToken.None));
            await Assert.ThrowsAsync<InvalidOperationException>(() => Store(sp).PurgeAsync(doomed.ContentItemId, CancellationToken.None));
        });

        await harness.InScopeAsync(sp => Store(sp).DeleteAsync(doomed.ContentItemId, CancellationToken.None));
        await harness.InScopeAsync(sp => Store(sp).PurgeAsync(doomed.ContentItemId, CancellationToken.None));
        await harness.InScopeAsync(async sp =>
        {
            Assert.Empty(await Store(sp).ListVersionsAsync(doomed.ContentItemId, CancellationToken.None));
            Assert.Null(await Store(sp).GetVersionAsync(doomed.ContentItemVersionId, CancellationToken.None));
            Assert.NotNull(await Store(sp).GetAsync(kept.ContentItemId, VersionOptions.Published, CancellationToken.None));
        });
    }

    [Theory, SqliteData, PostgresData]
    public async Task CreatingAnExistingIdIsRefusedAndGivenIdsAndTimestampsAreKept(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var item = Items.Audit("Imported");
        item.ContentItemId = "4k1s9vq3x0m2t7b5n8c6h1j2p0";
        item.ContentItemVersionId = "4k1s9vq3x0m2t7b5n8c6h1j2p1";
        item.CreatedUtc = new DateTime(2021, 5, 6, 7, 8, 9, DateTimeKind.Utc);

        var created = await harness.InScopeAsync(sp => Store(sp).CreateAsync(item, publish: true, CancellationToken.None));
        Assert.Equal(item.ContentItemId, created.ContentItemId);
        Assert.Equal(item.ContentItemVersionId, created.ContentItemVersionId);

        await harness.InScopeAsync(async sp =>
        {
            var stored = await Store(sp).GetVersionAsync(item.ContentItemVersionId, CancellationToken.None);
            Assert.Equal(item.CreatedUtc, stored!.CreatedUtc);
            Assert.Equal(DateTimeKind.Utc, stored.CreatedUtc!.Value.Kind);
            await Assert.ThrowsAsync<InvalidOperationException>(() => Store(sp).CreateAsync(item, publish: false, CancellationToken.None));
        });
    }

    [Fact]
    public void GeneratedIdsAreTwentySixLowerCaseBase32Characters()
    {
        var ids = Enumerable.Range(0, 2000).Select(_ => ContentIds.New()).ToList();
        Assert.All(ids, id => Assert.Matches("^[0-9abcdefghjkmnpqrstvwxyz]{26}$", id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        // 128 bits fill 25 symbols and 3 bits of the last, padded with zeros: only 8 final symbols can occur.
        Assert.All(ids, id => Assert.Contains(id[^1].ToString(), "048cgmrw", StringComparison.Ordinal));
    }

    private static IContentStore Store(IServiceProvider services) => services.GetRequiredService<IContentStore>();
}

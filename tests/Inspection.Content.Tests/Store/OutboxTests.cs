using Inspection.Content.Model;
using Inspection.Content.Outbox;
using Inspection.Content.Store;
using Inspection.Content.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Content.Tests.Store;

public sealed class OutboxTests
{
    [Theory, SqliteData, PostgresData]
    public async Task EveryChangeToAnItemWritesAnIndexingTask(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var v1 = await harness.InScopeAsync(sp => Store(sp).CreateAsync(Items.Audit("One"), publish: false, CancellationToken.None));
        var v2 = await harness.InScopeAsync(sp => Store(sp).UpdateAsync(Items.WithTitle(v1, "Two"), publish: false, CancellationToken.None));
        await harness.InScopeAsync(sp => Store(sp).PublishAsync(v2.ContentItemVersionId, CancellationToken.None));
        await harness.InScopeAsync(sp => Store(sp).UnpublishAsync(v1.ContentItemId, CancellationToken.None));
        var v3 = await harness.InScopeAsync(sp => Store(sp).RestoreAsync(v1.ContentItemVersionId, publish: true, CancellationToken.None));
        await harness.InScopeAsync(sp => Store(sp).DeleteAsync(v1.ContentItemId, CancellationToken.None));
        await harness.InScopeAsync(sp => Store(sp).PurgeAsync(v1.ContentItemId, CancellationToken.None));

        var tasks = await harness.InScopeAsync(sp => Reader(sp).ReadAfterAsync(0, 100, CancellationToken.None));

        Assert.Equal(
            [IndexingTaskKind.Update, IndexingTaskKind.Update, IndexingTaskKind.Update, IndexingTaskKind.Update, IndexingTaskKind.Update, IndexingTaskKind.Delete, IndexingTaskKind.Delete],
            tasks.Select(t => t.Kind));
        Assert.All(tasks, t => Assert.Equal(v1.ContentItemId, t.ContentItemId));
        Assert.Equal(
            [v1.ContentItemVersionId, v2.ContentItemVersionId, v2.ContentItemVersionId, v2.ContentItemVersionId, v3.ContentItemVersionId, v3.ContentItemVersionId, v3.ContentItemVersionId],
            tasks.Select(t => t.ContentItemVersionId));
        Assert.True(tasks.Zip(tasks.Skip(1)).All(pair => pair.First.Id < pair.Second.Id));
        Assert.All(tasks, t => Assert.Equal(DateTimeKind.Utc, t.CreatedUtc.Kind));
    }

    [Theory, SqliteData, PostgresData]
    public async Task ReadingAfterACursorReturnsOnlyNewerTasksInOrder(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        for (var i = 0; i < 5; i++)
        {
            var title = "Item " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await harness.InScopeAsync(sp => Store(sp).CreateAsync(Items.Audit(title), publish: true, CancellationToken.None));
        }

        await harness.InScopeAsync(async sp =>
        {
            var firstPage = await Reader(sp).ReadAfterAsync(0, 2, CancellationToken.None);
            var rest = await Reader(sp).ReadAfterAsync(firstPage[^1].Id, 10, CancellationToken.None);
            Assert.Equal(2, firstPage.Count);
            Assert.Equal(3, rest.Count);
            Assert.Equal(rest[^1].Id, await Reader(sp).GetLastIdAsync(CancellationToken.None));
            Assert.Empty(await Reader(sp).ReadAfterAsync(rest[^1].Id, 10, CancellationToken.None));
        });
    }

    [Theory, SqliteData, PostgresData]
    public async Task AFailingTransactionLeavesNeitherItemNorTask(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var existing = await harness.InScopeAsync(sp => Store(sp).CreateAsync(Items.Audit("Existing"), publish: true, CancellationToken.None));

        await harness.InScopeAsync(async sp =>
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => Store(sp).InTransactionAsync<bool>(
                async ct =>
                {
                    await Store(sp).CreateAsync(Items.Audit("New in recipe"), publish: true, ct);
                    await Store(sp).UpdateAsync(Items.WithTitle(existing, "Changed in recipe"), publish: true, ct);
                    // A later step of the same recipe fails: an item id that is already taken.
                    await Store(sp).CreateAsync(existing, publish: false, ct);
                    return true;
                },
                CancellationToken.None));

            // The same scope keeps working after the rollback.
            Assert.Single(await Store(sp).ListAsync(null, CancellationToken.None));
        });

        await harness.InScopeAsync(async sp =>
        {
            var items = await Store(sp).ListAsync(null, CancellationToken.None);
            Assert.Equal(["Existing"], items.Select(Items.Title));
            Assert.Single(await Store(sp).ListVersionsAsync(existing.ContentItemId, CancellationToken.None));
            var tasks = await Reader(sp).ReadAfterAsync(0, 100, CancellationToken.None);
            Assert.Equal([existing.ContentItemVersionId], tasks.Select(t => t.ContentItemVersionId));
        });
    }

    [Theory, SqliteData, PostgresData]
    public async Task ChangesInOneTransactionCommitTogether(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var ids = await harness.InScopeAsync(sp => Store(sp).InTransactionAsync(
            async ct =>
            {
                var a = await Store(sp).CreateAsync(Items.Audit("A"), publish: true, ct);
                var b = await Store(sp).CreateAsync(Items.Audit("B"), publish: false, ct);
                await Store(sp).PublishAsync(b.ContentItemVersionId, ct);
                return new[] { a.ContentItemId, b.ContentItemId };
            },
            CancellationToken.None));

        await harness.InScopeAsync(async sp =>
        {
            Assert.Equal(ids, (await Store(sp).ListAsync(null, CancellationToken.None)).Select(i => i.ContentItemId));
            Assert.NotNull(await Store(sp).GetAsync(ids[1], VersionOptions.Published, CancellationToken.None));
            Assert.Equal(3, (await Reader(sp).ReadAfterAsync(0, 100, CancellationToken.None)).Count);
        });
    }

    private static IContentStore Store(IServiceProvider services) => services.GetRequiredService<IContentStore>();

    private static IIndexingTaskReader Reader(IServiceProvider services) => services.GetRequiredService<IIndexingTaskReader>();
}

using System.Globalization;
using Inspection.Content.Outbox;
using Inspection.Content.Store;
using Inspection.Content.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Content.Tests.Store;

public sealed class ConcurrentWriteTests
{
    [Theory, SqliteData, PostgresData]
    public async Task ConcurrentEditorsOfOneItemEachGetAVersionAndOneStaysLatest(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var created = await harness.InScopeAsync(sp => Store(sp).CreateAsync(Items.Audit("Start"), publish: true, CancellationToken.None));

        await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Task.Run(() => harness.InScopeAsync(sp =>
            Store(sp).UpdateAsync(Items.WithTitle(created, "Edit " + i.ToString(CultureInfo.InvariantCulture)), publish: i % 2 == 0, CancellationToken.None)))));

        await harness.InScopeAsync(async sp =>
        {
            var versions = await Store(sp).ListVersionsAsync(created.ContentItemId, CancellationToken.None);
            Assert.Equal(7, versions.Count);
            Assert.Single(versions, v => v.Latest);
            Assert.Single(versions, v => v.Published);
            Assert.True(versions[^1].Latest);
            var tasks = await sp.GetRequiredService<IIndexingTaskReader>().ReadAfterAsync(0, 100, CancellationToken.None);
            // Tasks are numbered in commit order, so they follow the versions' order exactly.
            Assert.Equal(versions.Select(v => v.ContentItemVersionId), tasks.Select(t => t.ContentItemVersionId));
        });
    }

    private static IContentStore Store(IServiceProvider services) => services.GetRequiredService<IContentStore>();
}

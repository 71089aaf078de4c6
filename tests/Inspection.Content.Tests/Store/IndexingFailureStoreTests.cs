using Inspection.Content.Outbox;
using Inspection.Content.Store;
using Inspection.Content.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Content.Tests.Store;

public sealed class IndexingFailureStoreTests
{
    [Theory, SqliteData, PostgresData]
    public async Task FailuresAreKeptPerItemCountingAttemptsUntilTheItemIsIndexed(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var first = new IndexingTask(7, "item-a", "version-a1", IndexingTaskKind.Update, DateTime.UtcNow);
        var again = first with { Id = 9, ContentItemVersionId = "version-a2" };
        var other = new IndexingTask(8, "item-b", "version-b1", IndexingTaskKind.Update, DateTime.UtcNow);
        await harness.InScopeAsync(sp => Failures(sp).RecordAsync(first, "JsonException: damaged", CancellationToken.None));
        await harness.InScopeAsync(sp => Failures(sp).RecordAsync(other, new string('x', 5_000), CancellationToken.None));
        await harness.InScopeAsync(sp => Failures(sp).RecordAsync(again, "JsonException: still damaged", CancellationToken.None));

        var listed = await harness.InScopeAsync(sp => Failures(sp).ListAsync(10, CancellationToken.None));

        Assert.Equal(2, await harness.InScopeAsync(sp => Failures(sp).CountAsync(CancellationToken.None)));
        var a = Assert.Single(listed, f => f.ContentItemId == "item-a");
        Assert.Equal(("version-a2", 9L, 2, "JsonException: still damaged"), (a.ContentItemVersionId, a.TaskId, a.Attempts, a.Error));
        Assert.True(a.FirstFailedUtc <= a.LastFailedUtc);
        Assert.Equal(DateTimeKind.Utc, a.LastFailedUtc.Kind);
        Assert.Equal(1_000, Assert.Single(listed, f => f.ContentItemId == "item-b").Error.Length);
        Assert.Equal("item-a", listed[0].ContentItemId);

        await harness.InScopeAsync(sp => Failures(sp).ClearAsync(["item-a", "item-c"], CancellationToken.None));
        Assert.Equal("item-b", Assert.Single(await harness.InScopeAsync(sp => Failures(sp).ListAsync(10, CancellationToken.None))).ContentItemId);

        await harness.InScopeAsync(sp => Failures(sp).ClearAllAsync(CancellationToken.None));
        Assert.Equal(0, await harness.InScopeAsync(sp => Failures(sp).CountAsync(CancellationToken.None)));
    }

    private static IIndexingFailureStore Failures(IServiceProvider services) => services.GetRequiredService<IIndexingFailureStore>();
}

using Inspection.Content.Jobs;
using Inspection.Content.Store;
using Inspection.Content.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Content.Tests.Jobs;

public sealed class IngestionJobStoreTests
{
    [Theory, SqliteData, PostgresData]
    public async Task AnInterruptedJobIsListedAsUnfinishedWithItsPendingItemsAfterARestart(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var files = new[] { "letters/focused-visit-2023.pdf", "audits/case-audit-march.docx", "minutes/board-2024-01.html" };
        var job = await harness.InScopeAsync(sp => Jobs(sp).CreateAsync(files, """{"classification":"Official"}""", CancellationToken.None));
        var finished = await harness.InScopeAsync(sp => Jobs(sp).CreateAsync(["one.txt"], "{}", CancellationToken.None));
        await harness.InScopeAsync(async sp =>
        {
            await Jobs(sp).StartAsync(job.Id, CancellationToken.None);
            await Jobs(sp).MarkItemAsync(job.Id, 0, IngestionItemStatuses.Created, "4k1s9vq3x0m2t7b5n8c6h1j2p0", null, CancellationToken.None);
            await Jobs(sp).MarkItemAsync(job.Id, 1, IngestionItemStatuses.Rejected, null, "case-audit-march.docx: the file is not a Word document", CancellationToken.None);
            await Jobs(sp).StartAsync(finished.Id, CancellationToken.None);
            await Jobs(sp).MarkItemAsync(finished.Id, 0, IngestionItemStatuses.Duplicate, "4k1s9vq3x0m2t7b5n8c6h1j2p0", null, CancellationToken.None);
            await Jobs(sp).CompleteAsync(finished.Id, failed: false, CancellationToken.None);
        });

        // The process dies here; a new one starts from the same store.
        await harness.RestartAsync();

        await harness.InScopeAsync(async sp =>
        {
            var unfinished = Assert.Single(await Jobs(sp).ListUnfinishedAsync(CancellationToken.None));
            Assert.Equal((job.Id, IngestionJobStatuses.Running, 3, 2), (unfinished.Id, unfinished.Status, unfinished.Total, unfinished.Done));
            Assert.Equal("""{"classification":"Official"}""", unfinished.Options);
            var items = await Jobs(sp).ListItemsAsync(job.Id, CancellationToken.None);
            Assert.Equal(files, items.Select(i => i.FilePath));
            Assert.Equal([IngestionItemStatuses.Created, IngestionItemStatuses.Rejected, IngestionItemStatuses.Pending], items.Select(i => i.Status));
            Assert.Equal("case-audit-march.docx: the file is not a Word document", items[1].Error);
            Assert.Equal(IngestionJobStatuses.Completed, (await Jobs(sp).GetAsync(finished.Id, CancellationToken.None))!.Status);
        });
    }

    [Theory, SqliteData, PostgresData]
    public async Task MarkingAnItemTwiceOnResumeCountsItOnceAndCompletingEndsTheJob(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var job = await harness.InScopeAsync(sp => Jobs(sp).CreateAsync(["a.pdf", "b.pdf"], "{}", CancellationToken.None));

        await harness.InScopeAsync(async sp =>
        {
            await Jobs(sp).MarkItemAsync(job.Id, 0, IngestionItemStatuses.Created, "x", null, CancellationToken.None);
            await Jobs(sp).MarkItemAsync(job.Id, 0, IngestionItemStatuses.Created, "x", null, CancellationToken.None);
            await Jobs(sp).MarkItemAsync(job.Id, 1, IngestionItemStatuses.Duplicate, "y", null, CancellationToken.None);
            await Jobs(sp).CompleteAsync(job.Id, failed: true, CancellationToken.None);
        });

        await harness.InScopeAsync(async sp =>
        {
            var stored = await Jobs(sp).GetAsync(job.Id, CancellationToken.None);
            Assert.Equal((IngestionJobStatuses.Failed, 2), (stored!.Status, stored.Done));
            Assert.True(stored.UpdatedUtc >= stored.CreatedUtc);
            Assert.Empty(await Jobs(sp).ListUnfinishedAsync(CancellationToken.None));
            await Assert.ThrowsAsync<KeyNotFoundException>(() => Jobs(sp).MarkItemAsync(job.Id, 7, IngestionItemStatuses.Created, null, null, CancellationToken.None));
        });
    }

    private static IIngestionJobStore Jobs(IServiceProvider services) => services.GetRequiredService<IIngestionJobStore>();
}

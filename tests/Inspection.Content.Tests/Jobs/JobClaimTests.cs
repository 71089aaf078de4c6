using System.Globalization;
using Inspection.Content.Jobs;
using Inspection.Content.Store;
using Inspection.Content.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Content.Tests.Jobs;

/// <summary>Job items claimed per node with a lease: what lets several nodes share one store's upload jobs.</summary>
public sealed class JobClaimTests
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);

    [Theory, SqliteData, PostgresData]
    public async Task ThreeNodesClaimingAtOnceEachGetDifferentItemsAndTogetherAllOfThem(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var files = Enumerable.Range(0, 45).Select(i => string.Create(CultureInfo.InvariantCulture, $"uploads/{i}/report-{i}.pdf")).ToArray();
        var job = await harness.InScopeAsync(sp => Jobs(sp).CreateAsync(files, "{}", CancellationToken.None));

        // Each node claims a few at a time from its own scope (its own connection), all at once, as web nodes would.
        async Task<List<int>> ClaimAllAsync(string node)
        {
            var mine = new List<int>();
            while (true)
            {
                var claimed = await harness.InScopeAsync(sp => Jobs(sp).ClaimAsync(job.Id, node, 2, Long, CancellationToken.None));
                if (claimed.Count == 0)
                {
                    return mine;
                }

                Assert.All(claimed, i => Assert.Equal(node, i.ClaimedBy));
                mine.AddRange(claimed.Select(i => i.Ordinal));
            }
        }

        var claims = await Task.WhenAll(ClaimAllAsync("node-a"), ClaimAllAsync("node-b"), ClaimAllAsync("node-c"));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(Enumerable.Range(0, 45), all.Order());
        var items = await harness.InScopeAsync(sp => Jobs(sp).ListItemsAsync(job.Id, CancellationToken.None));
        Assert.All(items, i => Assert.Equal(1, i.Attempts));
        Assert.Equal(IngestionJobStatuses.Running, (await harness.InScopeAsync(sp => Jobs(sp).GetAsync(job.Id, CancellationToken.None)))!.Status);
        for (var n = 0; n < 3; n++)
        {
            var node = "node-" + (char)('a' + n);
            Assert.Equal(claims[n].Order(), items.Where(i => i.ClaimedBy == node).Select(i => i.Ordinal));
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task ALeaseThatRunsOutPassesTheItemsToAnotherNodeAndTheFirstResultStands(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var job = await harness.InScopeAsync(sp => Jobs(sp).CreateAsync(["a.pdf", "b.pdf", "c.pdf", "d.pdf"], "{}", CancellationToken.None));

        // Node A claims two items with a short lease and then dies (it never renews).
        var dying = await harness.InScopeAsync(sp => Jobs(sp).ClaimAsync(job.Id, "node-a", 2, TimeSpan.FromMilliseconds(400), CancellationToken.None));
        Assert.Equal([0, 1], dying.Select(i => i.Ordinal));

        // While A's lease holds, B gets only the others.
        var first = await harness.InScopeAsync(sp => Jobs(sp).ClaimAsync(job.Id, "node-b", 10, Long, CancellationToken.None));
        Assert.Equal([2, 3], first.Select(i => i.Ordinal));
        Assert.Empty(await harness.InScopeAsync(sp => Jobs(sp).ClaimAsync(job.Id, "node-b", 10, Long, CancellationToken.None)));

        await Task.Delay(TimeSpan.FromMilliseconds(700));
        var takenOver = await harness.InScopeAsync(sp => Jobs(sp).ClaimAsync(job.Id, "node-b", 10, Long, CancellationToken.None));
        Assert.Equal([0, 1], takenOver.Select(i => i.Ordinal));
        Assert.All(takenOver, i => Assert.Equal((2, "node-b"), (i.Attempts, i.ClaimedBy)));

        // A was only slow: its renewal finds nothing of its own left, and its late result does not overwrite B's.
        Assert.Equal(0, await harness.InScopeAsync(sp => Jobs(sp).RenewAsync("node-a", Long, CancellationToken.None)));
        await harness.InScopeAsync(async sp =>
        {
            await Jobs(sp).MarkItemAsync(job.Id, 0, IngestionItemStatuses.Created, "doc-0", null, CancellationToken.None);
            await Jobs(sp).MarkItemAsync(job.Id, 0, IngestionItemStatuses.Duplicate, "doc-0", null, CancellationToken.None);
        });
        var item = (await harness.InScopeAsync(sp => Jobs(sp).ListItemsAsync(job.Id, CancellationToken.None)))[0];
        Assert.Equal((IngestionItemStatuses.Created, (DateTime?)null), (item.Status, item.LeaseUntilUtc));
        Assert.Equal(1, (await harness.InScopeAsync(sp => Jobs(sp).GetAsync(job.Id, CancellationToken.None)))!.Done);
    }

    [Theory, SqliteData, PostgresData]
    public async Task RenewedClaimsHoldPastTheFirstLeaseAndReleasedOnesPassOnAtOnce(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var job = await harness.InScopeAsync(sp => Jobs(sp).CreateAsync(["a.pdf", "b.pdf"], "{}", CancellationToken.None));
        await harness.InScopeAsync(sp => Jobs(sp).ClaimAsync(job.Id, "node-a", 2, TimeSpan.FromMilliseconds(400), CancellationToken.None));
        Assert.Equal(2, await harness.InScopeAsync(sp => Jobs(sp).RenewAsync("node-a", Long, CancellationToken.None)));

        await Task.Delay(TimeSpan.FromMilliseconds(700));
        Assert.Empty(await harness.InScopeAsync(sp => Jobs(sp).ClaimAsync(job.Id, "node-b", 10, Long, CancellationToken.None)));

        Assert.Equal(2, await harness.InScopeAsync(sp => Jobs(sp).ReleaseAsync("node-a", CancellationToken.None)));
        Assert.Equal(2, (await harness.InScopeAsync(sp => Jobs(sp).ClaimAsync(job.Id, "node-b", 10, Long, CancellationToken.None))).Count);
    }

    [Theory, SqliteData, PostgresData]
    public async Task AJobCompletesOnlyOnceNoItemIsPending(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var job = await harness.InScopeAsync(sp => Jobs(sp).CreateAsync(["a.pdf", "b.pdf"], "{}", CancellationToken.None));
        await harness.InScopeAsync(sp => Jobs(sp).MarkItemAsync(job.Id, 0, IngestionItemStatuses.Created, "doc-a", null, CancellationToken.None));
        Assert.False(await harness.InScopeAsync(sp => Jobs(sp).CompleteIfDoneAsync(job.Id, CancellationToken.None)));
        Assert.Single(await harness.InScopeAsync(sp => Jobs(sp).ListUnfinishedAsync(CancellationToken.None)));

        await harness.InScopeAsync(sp => Jobs(sp).MarkItemAsync(job.Id, 1, IngestionItemStatuses.Rejected, null, "b.pdf: not a PDF", CancellationToken.None));
        Assert.True(await harness.InScopeAsync(sp => Jobs(sp).CompleteIfDoneAsync(job.Id, CancellationToken.None)));
        Assert.True(await harness.InScopeAsync(sp => Jobs(sp).CompleteIfDoneAsync(job.Id, CancellationToken.None)));
        Assert.Equal(IngestionJobStatuses.Completed, (await harness.InScopeAsync(sp => Jobs(sp).GetAsync(job.Id, CancellationToken.None)))!.Status);
    }

    private static IIngestionJobStore Jobs(IServiceProvider services) => services.GetRequiredService<IIngestionJobStore>();
}

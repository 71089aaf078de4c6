using Inspection.Content.Audit;
using Inspection.Content.Store;
using Inspection.Content.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Content.Tests.Audit;

public sealed class AuditLogTests
{
    [Theory, SqliteData, PostgresData]
    public async Task EntriesAreListedNewestFirstAndCanBeNarrowedToOneItem(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        await harness.InScopeAsync(async sp =>
        {
            var log = sp.GetRequiredService<IAuditLog>();
            await log.WriteAsync("a.khan", "view", "item-one", "Official-Sensitive", CancellationToken.None);
            await log.WriteAsync("a.khan", "download", "item-one", null, CancellationToken.None);
            await log.WriteAsync("b.jones", "export-pack", null, "ILACS pack, 42 items", CancellationToken.None);
        });

        await harness.InScopeAsync(async sp =>
        {
            var log = sp.GetRequiredService<IAuditLog>();
            Assert.Equal(["export-pack", "download", "view"], (await log.ListAsync(null, 10, CancellationToken.None)).Select(e => e.Action));
            Assert.Equal(["download", "view"], (await log.ListAsync("item-one", 10, CancellationToken.None)).Select(e => e.Action));
            var newest = Assert.Single(await log.ListAsync(null, 1, CancellationToken.None));
            Assert.Equal(("b.jones", "ILACS pack, 42 items", DateTimeKind.Utc), (newest.UserName, newest.Detail, newest.Utc.Kind));
        });
    }

    [Theory, SqliteData, PostgresData]
    public async Task AnEntryWrittenInsideAFailedTransactionIsRolledBackWithIt(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        await harness.InScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<IContentStore>();
            await Assert.ThrowsAsync<InvalidOperationException>(() => store.InTransactionAsync<bool>(
                async ct =>
                {
                    await sp.GetRequiredService<IAuditLog>().WriteAsync("admin", "recipe-import", null, "frameworks.recipe.json", ct);
                    throw new InvalidOperationException("The recipe's third step is malformed.");
                },
                CancellationToken.None));
        });

        Assert.Empty(await harness.InScopeAsync(sp => sp.GetRequiredService<IAuditLog>().ListAsync(null, 10, CancellationToken.None)));
    }
}

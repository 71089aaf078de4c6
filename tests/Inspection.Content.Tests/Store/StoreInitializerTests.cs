using Inspection.Content.Persistence;
using Inspection.Content.Store;
using Inspection.Content.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Content.Tests.Store;

public sealed class StoreInitializerTests
{
    [Theory, SqliteData, PostgresData]
    public async Task MigrationsApplyTwiceWithoutChangingAnything(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider, initialize: false);
        await harness.InitializeAsync();
        var created = await harness.InScopeAsync(sp => sp.GetRequiredService<IContentStore>()
            .CreateAsync(Items.Audit("Survives re-initialisation"), publish: true, CancellationToken.None));

        await harness.InitializeAsync();

        await harness.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<InspectionDbContext>();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
            Assert.Equal(db.Database.GetMigrations(), applied);
            Assert.NotEmpty(applied);
            Assert.Single(await sp.GetRequiredService<IContentStore>().ListAsync(null, CancellationToken.None));
            Assert.Equal(created.ContentItemId, (await db.ContentItems.SingleAsync()).ContentItemId);
        });
        Assert.True(Directory.Exists(Path.Combine(harness.DataDirectory, "blobs")));
        Assert.True(Directory.Exists(Path.Combine(harness.DataDirectory, "index")));
    }

    [Fact]
    public async Task SqliteLivesInTheDataFolderInWalModeWithFullSync()
    {
        await using var harness = await StoreHarness.CreateAsync(StoreProvider.Sqlite);

        Assert.True(File.Exists(Path.Combine(harness.DataDirectory, "inspection.db")));
        await harness.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<InspectionDbContext>();
            await db.Database.OpenConnectionAsync();
            try
            {
                Assert.Equal("wal", await ScalarAsync(db, "PRAGMA journal_mode"));
                // 2 is FULL: a committed upload is on disk before the call returns.
                Assert.Equal("2", await ScalarAsync(db, "PRAGMA synchronous"));
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
    }

    private static async Task<string?> ScalarAsync(InspectionDbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

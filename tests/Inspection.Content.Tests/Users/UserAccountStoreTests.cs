using Inspection.Content.Store;
using Inspection.Content.Tests.Infrastructure;
using Inspection.Content.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Content.Tests.Users;

public sealed class UserAccountStoreTests
{
    [Theory, SqliteData, PostgresData]
    public async Task AnAccountIsFoundByNameInAnyCaseAndChangesAreKept(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        var lockout = new DateTime(2026, 12, 1, 10, 15, 0, DateTimeKind.Utc);
        await harness.InScopeAsync(async sp =>
        {
            var accounts = sp.GetRequiredService<IUserAccountStore>();
            await accounts.CreateAsync(Account("a1", "S.Patel", "QualityLead"), CancellationToken.None);
            await accounts.CreateAsync(Account("a2", "b.jones", "Viewer"), CancellationToken.None);
            var found = await accounts.FindByNameAsync("s.patel", CancellationToken.None);
            Assert.NotNull(found);
            await accounts.UpdateAsync(found with { Role = "SeniorLeader", AccessFailedCount = 3, LockoutEndUtc = lockout, Disabled = true }, CancellationToken.None);
        });

        await harness.RestartAsync();
        await harness.InScopeAsync(async sp =>
        {
            var accounts = sp.GetRequiredService<IUserAccountStore>();
            Assert.Equal(2, await accounts.CountAsync(CancellationToken.None));
            Assert.Equal(["b.jones", "S.Patel"], (await accounts.ListAsync(CancellationToken.None)).Select(a => a.UserName));
            var changed = await accounts.FindByIdAsync("a1", CancellationToken.None);
            Assert.Equal(("SeniorLeader", 3, lockout, true, "hash-of-a1"), (changed!.Role, changed.AccessFailedCount, changed.LockoutEndUtc, changed.Disabled, changed.PasswordHash));
            Assert.Null(await accounts.FindByNameAsync("nobody", CancellationToken.None));
        });
    }

    [Theory, SqliteData, PostgresData]
    public async Task ANameTakenInAnotherCaseIsRefusedAndNothingIsAdded(StoreProvider provider)
    {
        await using var harness = await StoreHarness.CreateAsync(provider);
        await harness.InScopeAsync(async sp =>
        {
            var accounts = sp.GetRequiredService<IUserAccountStore>();
            await accounts.CreateAsync(Account("a1", "s.patel", "Viewer"), CancellationToken.None);
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => accounts.CreateAsync(Account("a2", "S.PATEL", "Administrator"), CancellationToken.None));
            Assert.Contains("already taken", error.Message, StringComparison.Ordinal);
            Assert.Equal(1, await accounts.CountAsync(CancellationToken.None));
        });
    }

    private static UserAccount Account(string id, string name, string role) => new()
    {
        Id = id,
        UserName = name,
        NormalizedUserName = UserAccount.Normalize(name),
        Role = role,
        PasswordHash = $"hash-of-{id}",
        SecurityStamp = Guid.NewGuid().ToString("N"),
    };
}

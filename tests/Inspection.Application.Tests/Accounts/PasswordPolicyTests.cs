using Inspection.Application.Accounts;
using Inspection.Readiness.Access;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Application.Tests.Accounts;

/// <summary>Long is not enough: common passwords, keyboard runs, repeated words and the person's own name are refused.</summary>
public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("123456789012")]
    [InlineData("passwordpassword")]
    [InlineData("qwertyuiopas")]
    [InlineData("Welcome2024!!")]
    [InlineData("P@ssw0rd123456")]
    [InlineData("liverpool1234")]
    [InlineData("098765432109")]
    [InlineData("abcabcabcabc")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("safeguardingsafeguarding")]
    public void GuessablePasswordsAreRefused(string password)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        AccountAdministration.CheckPassword(password, "s.patel", errors);
        Assert.True(errors.ContainsKey("password"), $"'{password}' was accepted");
    }

    [Theory]
    [InlineData("a long test passphrase")]
    [InlineData("analytical engine notes")]
    [InlineData("kestrel panel river notes")]
    [InlineData("Tuesday gravel 4 spoons")]
    public void PassphrasesAreAccepted(string password)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        AccountAdministration.CheckPassword(password, "s.patel", errors);
        Assert.Empty(errors);
    }

    [Fact]
    public void ThePersonsOwnNameIsRefused()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        AccountAdministration.CheckPassword("my name is s.patel ok", "s.patel", errors);
        Assert.True(errors.ContainsKey("password"));
    }

    [Fact]
    public async Task AnAdministratorCannotGiveSomeoneACommonPassword()
    {
        await using var store = await ApplicationStore.CreateAsync();
        var change = await store.InScopeAsync(sp => sp.GetRequiredService<AccountAdministration>()
            .CreateAsync("s.patel", "Sam Patel", "Viewer", "qwertyuiopas", Caller.Operator("admin"), CancellationToken.None));
        Assert.False(change.Succeeded);
        Assert.Contains("too common", change.Errors["password"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwelveSimultaneousFirstAdministratorsMakeExactlyOne()
    {
        await using var store = await ApplicationStore.CreateAsync();
        using var start = new ManualResetEventSlim();
        var attempts = Enumerable.Range(0, 12).Select(i => Task.Run(() =>
        {
            start.Wait();
            return store.InScopeAsync(sp => sp.GetRequiredService<AccountAdministration>()
                .CreateFirstAdministratorAsync($"admin{i}", null, "analytical engine notes", CancellationToken.None));
        })).ToList();
        start.Set();
        var changes = await Task.WhenAll(attempts);
        Assert.Single(changes, c => c.Succeeded);
        var users = await store.InScopeAsync(sp => sp.GetRequiredService<Content.Users.IUserAccountStore>().ListAsync(CancellationToken.None));
        Assert.Equal("Administrator", Assert.Single(users).Role);
    }
}

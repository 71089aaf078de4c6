using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Inspection.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Web.Tests.Security;

/// <summary>Sign-in guessing is slowed per address and per account, without letting an attacker keep the administrator out.</summary>
public sealed partial class SignInThrottleTests
{
    private static readonly Dictionary<string, string> Password = new(StringComparer.Ordinal) { ["password"] = InspectionWebFactory.Password };

    [Fact]
    public async Task SignInPostsFromOneAddressPastTheLimitAnswer429WithAReadablePage()
    {
        await using var site = new SecuritySiteFactory(new() { ["Web:SignInAttemptsPerAddressPerMinute"] = "3" });
        await site.CreateUserAsync("admin", "Administrator");
        using var attacker = site.From("198.51.100.7");
        for (var i = 0; i < 3; i++)
        {
            var refused = await attacker.PostFormAsync("/account/sign-in", new() { ["username"] = $"guess{i}", ["password"] = "not the password at all" });
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        var throttled = await attacker.PostFormAsync("/account/sign-in", new() { ["username"] = "admin", ["password"] = "not the password at all" });
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        var page = await throttled.Content.ReadAsStringAsync();
        Assert.Contains("Too many attempts", page, StringComparison.Ordinal);
        Assert.Contains("<h1>", page, StringComparison.Ordinal);

        using var administrator = site.From("192.0.2.10");
        var signedIn = await administrator.PostFormAsync("/account/sign-in", new(Password) { ["username"] = "admin" });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task WrongPasswordsFromOneAddressDoNotKeepTheAdministratorOutFromAnother()
    {
        await using var site = new SecuritySiteFactory([]);
        await site.CreateUserAsync("admin", "Administrator");
        using var attacker = site.From("198.51.100.7");
        for (var i = 0; i < 8; i++)
        {
            await attacker.PostFormAsync("/account/sign-in", new() { ["username"] = "admin", ["password"] = $"wrong guess number {i}" });
        }

        // The attacker's address is held back for this account, even with the right password...
        var held = await attacker.PostFormAsync("/account/sign-in", new(Password) { ["username"] = "admin" });
        Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
        Assert.Contains("Too many failed attempts", await held.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // ...but the administrator, elsewhere, signs in at once.
        using var administrator = site.From("192.0.2.10");
        var signedIn = await administrator.PostFormAsync("/account/sign-in", new(Password) { ["username"] = "admin" });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task GuessesSpreadOverManyAddressesAreLimitedButNotForTheOwnersBrowser()
    {
        await using var site = new SecuritySiteFactory(new() { ["Web:SignInFailuresPerAccountPerHour"] = "6" });
        await site.CreateUserAsync("admin", "Administrator");
        using var owner = site.From("192.0.2.10");
        Assert.Equal(HttpStatusCode.Redirect, (await owner.PostFormAsync("/account/sign-in", new(Password) { ["username"] = "admin" })).StatusCode);

        for (var i = 0; i < 4; i++)
        {
            using var bot = site.From($"198.51.100.{i + 1}");
            var guess = await bot.PostFormAsync("/account/sign-in", new() { ["username"] = "admin", ["password"] = $"wrong guess number {i}" });
            Assert.Equal(i < 2 ? HttpStatusCode.OK : HttpStatusCode.TooManyRequests, guess.StatusCode);
        }

        using var next = site.From("198.51.100.99");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await next.PostFormAsync("/account/sign-in", new(Password) { ["username"] = "admin" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await owner.PostFormAsync("/account/sign-in", new(Password) { ["username"] = "admin" })).StatusCode);
    }

    [Fact]
    public async Task UnknownNamesAndWrongPasswordsGetTheSameAnswerAfterTheSameWork()
    {
        await using var site = new SecuritySiteFactory([]);
        await site.CreateUserAsync("admin", "Administrator");
        await site.CreateUserAsync("leaver", "Viewer");
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var change = await scope.ServiceProvider.GetRequiredService<Application.Accounts.AccountAdministration>()
                .SetDisabledAsync("leaver", true, Readiness.Access.Caller.Operator("test-setup"), CancellationToken.None);
            Assert.True(change.Succeeded);
        }

        // Warm both paths (the first hash and the first query compile).
        await TimeAsync(site, "203.0.113.1", "admin");
        await TimeAsync(site, "203.0.113.2", "nobody-at-all");

        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            var (k, knownPage) = await TimeAsync(site, $"203.0.113.{10 + i}", "admin");
            var (u, unknownPage) = await TimeAsync(site, $"203.0.113.{20 + i}", $"nobody{i}");
            var (_, disabledPage) = await TimeAsync(site, $"203.0.113.{30 + i}", "leaver");
            known.Add(k);
            unknown.Add(u);
            Assert.Equal(Message(knownPage), Message(unknownPage));
            Assert.Equal(Message(knownPage), Message(disabledPage));
        }

        // Before: an unknown name answered without hashing, several times faster than a wrong password.
        Assert.True(Median(unknown) > 0.5 * Median(known), $"unknown names {Median(unknown):F1} ms, wrong passwords {Median(known):F1} ms");
    }

    private static async Task<(double Milliseconds, string Page)> TimeAsync(SecuritySiteFactory site, string address, string userName)
    {
        using var session = site.From(address);
        var page = await session.Client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = userName,
            ["password"] = "not the password at all",
            ["__RequestVerificationToken"] = WebSession.Token(page),
        });
        var clock = Stopwatch.StartNew();
        var response = await session.Client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), form);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (elapsed, await response.Content.ReadAsStringAsync());
    }

    private static string Message(string page)
    {
        var match = ErrorMessage().Match(page);
        Assert.True(match.Success, "the page shows no error");
        return match.Groups[1].Value.Trim();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    [GeneratedRegex("Error:</span>([^<]+)</span>")]
    private static partial Regex ErrorMessage();
}

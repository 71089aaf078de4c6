using System.Net;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests;

/// <summary>A new installation has no users: the first visitor creates the administrator, and only once.</summary>
public sealed class FirstRunTests
{
    [Fact]
    public async Task FirstVisitorCreatesTheAdministratorAndTheSetupPageThenCloses()
    {
        await using var factory = new EmptySiteFactory();
        using var first = WebSession.Anonymous(factory);
        var home = await first.Client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/account/setup", home.Headers.Location!.OriginalString);

        var created = await first.PostFormAsync("/account/setup", new() { ["username"] = "ada", ["displayname"] = "Ada Lovelace", ["password"] = "analytical engine notes" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await first.GetPageAsync("/admin/users");
        Assert.Contains("Ada Lovelace", page, StringComparison.Ordinal);

        using var second = WebSession.Anonymous(factory);
        var again = await second.Client.GetAsync(new Uri("/account/setup", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/account/sign-in", again.Headers.Location!.OriginalString);
    }

    private sealed class EmptySiteFactory() : InspectionWebFactory(TempFolder.Create("first-run"), loadSamples: false);
}

using System.Net;
using System.Text.RegularExpressions;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests;

/// <summary>The audit log read in words with working links and filters, and the people an administrator looks after (lockouts, passwords, roles).</summary>
public sealed class AuditAndUsersTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public async Task AuditEventsAreInWordsNameWhatTheyAreAboutWithLinksThatWorkAndFilter()
    {
        using var lead = await site.SignInAsync("lead");
        var added = await lead.PostFormAsync("/plan", new() { ["title"] = "Audit trail check action", ["owner"] = "Quality lead", ["due"] = "31/03/2031", ["rag"] = "Green" }, "create");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        using var admin = await site.SignInAsync("admin");
        var page = await admin.GetPageAsync("/admin/audit?user=lead&event=action-created");
        Assert.Contains("<td>Added an action to the plan</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>action-created</td>", page, StringComparison.Ordinal);
        var link = Regex.Match(page, @"<a href=""(/plan#action-[^""]+)"">Audit trail check action</a>");
        Assert.True(link.Success, "the line names the action by its title and links to it in the plan");
        Assert.DoesNotContain("href=\"/documents/" + link.Groups[1].Value["/plan#action-".Length..], page, StringComparison.Ordinal);
        Assert.Contains($"id=\"{link.Groups[1].Value["/plan#".Length..]}\"", await admin.GetPageAsync("/plan"), StringComparison.Ordinal);

        // Every link in the log goes somewhere that answers.
        var everything = await admin.GetPageAsync("/admin/audit");
        foreach (var href in Regex.Matches(everything, @"<td>\s*<a href=""(/[^""#]+)[^""]*"">").Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal))
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync(new Uri(href, UriKind.Relative))).StatusCode);
        }

        Assert.DoesNotContain("<td>Added an action to the plan</td>", await admin.GetPageAsync("/admin/audit?user=viewer&event=action-created"), StringComparison.Ordinal);
        var tomorrow = DateTime.UtcNow.AddDays(2).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        // Before: an empty table captioned "The latest 0 matching entries", shown under an error as well.
        Assert.Contains("No entries match", await admin.GetPageAsync($"/admin/audit?from={Uri.EscapeDataString(tomorrow)}"), StringComparison.Ordinal);
        var backwards = await admin.GetPageAsync($"/admin/audit?from={Uri.EscapeDataString(tomorrow)}&to=01%2F01%2F2020");
        Assert.Contains("The end date must be the same as or after the start date", backwards, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", backwards, StringComparison.Ordinal);
        Assert.DoesNotContain("No entries match", backwards, StringComparison.Ordinal);
        var today = DateTime.UtcNow.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("<td>Added an action to the plan</td>", await admin.GetPageAsync($"/admin/audit?from={Uri.EscapeDataString(today)}&to={Uri.EscapeDataString(today)}"), StringComparison.Ordinal);
        Assert.Contains("Enter the start date as a date", await admin.GetPageAsync("/admin/audit?from=last+week"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingAFindingToTheStatusItHasWritesNoAuditLine()
    {
        using var lead = await site.SignInAsync("lead");
        var finding = (await lead.GetJsonAsync("/api/findings")).EnumerateArray().First();
        var id = finding.GetProperty("finding").GetProperty("findingId").GetString()!;
        var status = finding.GetProperty("status").GetString()!;
        using var admin = await site.SignInAsync("admin");
        var before = Lines(await admin.GetPageAsync("/admin/audit?event=finding.status"));

        await lead.PostFormAsync("/findings", new() { ["findingId"] = id, ["status"] = status }, "status");

        Assert.Equal(before, Lines(await admin.GetPageAsync("/admin/audit?event=finding.status")));
    }

    [Fact]
    public async Task ALockoutIsShownAndAnAdministratorUnlocksAndResetsAPassword()
    {
        await site.Factory.CreateUserAsync("lockedout", "Viewer");
        using var session = WebSession.Anonymous(site.Factory);
        for (var i = 0; i < 5; i++)
        {
            await session.PostFormAsync("/account/sign-in", new() { ["username"] = "lockedout", ["password"] = $"wrong guess number {i}" });
        }

        using var admin = await site.SignInAsync("admin");
        var users = await admin.GetPageAsync("/admin/users");
        Assert.Contains("Locked out", Row(users, "lockedout"), StringComparison.Ordinal);
        Assert.Contains("Reads and searches Official evidence.", users, StringComparison.Ordinal);

        var unlocked = await admin.PostFormAsync("/admin/users", new() { ["user"] = "lockedout" }, "unlock");
        Assert.Equal("/admin/users", unlocked.Headers.Location!.OriginalString);
        var after = await admin.GetPageAsync("/admin/users");
        Assert.Contains("lockedout is unlocked and may sign in again.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Locked out", Row(after, "lockedout"), StringComparison.Ordinal);
        using (await WebSession.SignInAsync(site.Factory, "lockedout", InspectionWebFactory.Password))
        {
        }

        var reset = await admin.PostFormAsync("/admin/users", new() { ["user"] = "lockedout", ["password"] = "a fresh reset passphrase" }, "password");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains("A new password is set for lockedout", await admin.GetPageAsync("/admin/users"), StringComparison.Ordinal);
        using var again = await WebSession.SignInAsync(site.Factory, "lockedout", "a fresh reset passphrase");
        Assert.Contains("<td>Unlocked a user</td>", await admin.GetPageAsync("/admin/audit?user=admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignedInPersonChangesTheirOwnPassword()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await WebSession.Anonymous(site.Factory).Client.GetAsync(new Uri("/account/password", UriKind.Relative))).StatusCode);
        await site.Factory.CreateUserAsync("changer", "Contributor");
        using var changer = await site.SignInAsync("changer");
        Assert.Contains("href=\"/account/password\"", await changer.GetPageAsync("/"), StringComparison.Ordinal);

        var wrong = await changer.PostFormAsync("/account/password", new() { ["current"] = "not my password", ["password"] = "my own new passphrase", ["confirm"] = "my own new passphrase" });
        Assert.Contains("Your current password is not right", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var mismatch = await changer.PostFormAsync("/account/password", new() { ["current"] = InspectionWebFactory.Password, ["password"] = "my own new passphrase", ["confirm"] = "my own other passphrase" });
        Assert.Contains("The two new passwords are not the same", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var weak = await changer.PostFormAsync("/account/password", new() { ["current"] = InspectionWebFactory.Password, ["password"] = "short", ["confirm"] = "short" });
        Assert.Contains("Passwords must be at least 12 characters", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var changed = await changer.PostFormAsync("/account/password", new() { ["current"] = InspectionWebFactory.Password, ["password"] = "my own new passphrase", ["confirm"] = "my own new passphrase" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Your password has been changed.", await changer.GetPageAsync("/account/password"), StringComparison.Ordinal);
        using var next = await WebSession.SignInAsync(site.Factory, "changer", "my own new passphrase");
    }

    private static int Lines(string page) => Regex.Count(page, "<td>Changed the status of a finding</td>");

    private static string Row(string page, string userName)
    {
        var at = page.IndexOf($"<td>{userName}</td>", StringComparison.Ordinal);
        Assert.True(at >= 0, $"no row for {userName}");
        return page[at..page.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }
}

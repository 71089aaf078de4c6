using System.Net;
using Inspection.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Inspection.Web.Tests.Council;

/// <summary>
/// Council sign-in through OpenID Connect, the real flow end to end: the sign-in page's button, the provider's approval,
/// the code exchanged with PKCE and the client secret, the signed id token checked, and a local session with the role
/// the person's groups map to.
/// </summary>
public sealed class CouncilSignInTests
{
    [Fact]
    public async Task AFirstCouncilSignInMakesACouncilAccountWithTheMappedRoleAndAuditsIt()
    {
        await using var site = await CouncilSite.StartAsync();
        using var session = site.NewSession();
        var page = await session.GetPageAsync("/account/sign-in");
        Assert.Contains("<button type=\"submit\" class=\"govuk-button\" id=\"council\">Sign in with your council account</button>", page, StringComparison.Ordinal);
        Assert.Contains("Or sign in with a user name and password", page, StringComparison.Ordinal);

        var jane = new TestPerson("pairwise-jane", "oid-jane", "Jane Smith", "jane.smith@council.example", [CouncilSite.OtherGroup, CouncilSite.LeadGroup]);
        var landed = await site.SignInAsync(session, jane, "/findings");
        Assert.Equal(HttpStatusCode.Redirect, landed.StatusCode);
        Assert.Equal("/findings", landed.Headers.Location!.OriginalString);
        var findings = await session.GetPageAsync("/findings");
        Assert.Contains("Signed in as Jane Smith (Quality lead)", findings, StringComparison.Ordinal);
        Assert.DoesNotContain("Change your password", findings, StringComparison.Ordinal);

        // Code flow with PKCE (S256) and the client's secret, answered by form post.
        Assert.Contains(site.Provider.Log, l => l.Contains("response_type=code response_mode=form_post code_challenge_method=S256", StringComparison.Ordinal));
        Assert.Contains(site.Provider.Log, l => l.Contains("verifier=sent secret=right", StringComparison.Ordinal));

        // The Users page says it is a council account and offers no password or role to set.
        using var admin = await WebSession.SignInAsync(site.Factory, "admin", InspectionWebFactory.Password);
        var users = await admin.GetPageAsync("/admin/users");
        var row = users[users.IndexOf("<td>jane.smith@council.example", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("Council account", row, StringComparison.Ordinal);
        Assert.Contains("Set by the council's groups at each sign-in", row, StringComparison.Ordinal);
        Assert.DoesNotContain("Set a new password", row, StringComparison.Ordinal);
        var reset = await admin.PostFormAsync("/admin/users", new() { ["user"] = "jane.smith@council.example", ["password"] = "a brand new passphrase" }, "password");
        Assert.Contains("This is a council account", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var role = await admin.PostFormAsync("/admin/users", new() { ["user"] = "jane.smith@council.example", ["role"] = "Administrator" }, "role");
        Assert.Contains("its role follows its groups", await role.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var ownPassword = await session.PostFormAsync("/account/password", new() { ["current"] = "anything at all here", ["password"] = "a brand new passphrase", ["confirm"] = "a brand new passphrase" });
        Assert.Contains("You sign in with your council account", await ownPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var audit = await admin.GetPageAsync("/admin/audit?user=jane.smith@council.example");
        Assert.Contains("<td>Council account created at its first sign-in</td>", audit, StringComparison.Ordinal);
        Assert.Contains("jane.smith@council.example as QualityLead", audit, StringComparison.Ordinal);
        Assert.Contains("<td>Signed in with a council account</td>", audit, StringComparison.Ordinal);

        // Signing in again finds the same account by the provider's oid, whatever its name there has become.
        using var again = site.NewSession();
        await site.SignInAsync(again, jane with { Name = "Jane Smith-Jones" });
        Assert.Contains("Signed in as Jane Smith-Jones (Quality lead)", await again.GetPageAsync("/"), StringComparison.Ordinal);
        Assert.Contains("2 people can sign in", await admin.GetPageAsync("/admin/users"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHighestMappedRoleWinsAndAChangeOfGroupsChangesTheRoleAndEndsOlderSessions()
    {
        await using var site = await CouncilSite.StartAsync();
        var sam = new TestPerson("pairwise-sam", "oid-sam", "Sam Patel", "sam.patel@council.example", [CouncilSite.ViewerGroup]);
        using var first = site.NewSession();
        await site.SignInAsync(first, sam);
        Assert.Contains("Signed in as Sam Patel (Viewer)", await first.GetPageAsync("/"), StringComparison.Ordinal);

        // Added to the administrators' group as well: the role with the most permissions wins.
        using var second = site.NewSession();
        await site.SignInAsync(second, sam with { Groups = [CouncilSite.ViewerGroup, CouncilSite.AdminGroup, CouncilSite.LeadGroup] });
        Assert.Contains("Signed in as Sam Patel (Administrator)", await second.GetPageAsync("/"), StringComparison.Ordinal);
        var older = await first.Client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, older.StatusCode);
        Assert.StartsWith("/account/sign-in", older.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        // An app role (the roles claim's values, here sent among the groups) maps as a group does.
        using var third = site.NewSession();
        await site.SignInAsync(third, sam with { Groups = [CouncilSite.LeadAppRole] });
        Assert.Contains("Signed in as Sam Patel (Quality lead)", await third.GetPageAsync("/"), StringComparison.Ordinal);

        var audit = await site.AuditPageAsync();
        Assert.Contains("<td>Role changed by the council&#x27;s group mapping</td>", audit, StringComparison.Ordinal);
        Assert.Contains("sam.patel@council.example from Viewer to Administrator", audit, StringComparison.Ordinal);
        Assert.Contains("sam.patel@council.example from Administrator to QualityLead", audit, StringComparison.Ordinal);

        // Sign-out ends the session as a local one's does.
        var signedOut = await third.PostFormAsync("/account/sign-out", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await third.Client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task APersonInNoMappedGroupIsRefusedWithAClearPageAndAnAuditLine()
    {
        await using var site = await CouncilSite.StartAsync();
        using var session = site.NewSession();
        var refused = await site.SignInAsync(session, new TestPerson("pairwise-kim", "oid-kim", "Kim Lee", "kim.lee@council.example", [CouncilSite.OtherGroup]));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<h1>You cannot sign in with this council account</h1>", page, StringComparison.Ordinal);
        Assert.Contains("is not in any of the groups that give access to this service", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        var audit = await site.AuditPageAsync();
        Assert.Contains("council account: no council group maps to a role", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("kim.lee@council.example as", audit, StringComparison.Ordinal);

        // Someone who had access and has been taken out of every mapped group loses it, sessions included.
        var ola = new TestPerson("pairwise-ola", "oid-ola", "Ola Brown", "ola.brown@council.example", [CouncilSite.LeadGroup]);
        using var before = site.NewSession();
        await site.SignInAsync(before, ola);
        Assert.Equal(HttpStatusCode.OK, (await before.Client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        using var after = site.NewSession();
        Assert.Equal(HttpStatusCode.Forbidden, (await site.SignInAsync(after, ola with { Groups = [] })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await before.Client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ADisabledCouncilAccountStaysRefused()
    {
        await using var site = await CouncilSite.StartAsync();
        var lou = new TestPerson("pairwise-lou", "oid-lou", "Lou Green", "lou.green@council.example", [CouncilSite.LeadGroup]);
        using var session = site.NewSession();
        await site.SignInAsync(session, lou);

        using var admin = await WebSession.SignInAsync(site.Factory, "admin", InspectionWebFactory.Password);
        await admin.PostFormAsync("/admin/users", new() { ["user"] = "lou.green@council.example", ["disabled"] = "true" }, "disable");
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        using var again = site.NewSession();
        var refused = await site.SignInAsync(again, lou);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("has been disabled", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("council account: account disabled", await admin.GetPageAsync("/admin/audit?user=lou.green@council.example"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACouncilAccountCannotTakeTheNameOfALocalOne()
    {
        await using var site = await CouncilSite.StartAsync();
        using var session = site.NewSession();
        var refused = await site.SignInAsync(session, new TestPerson("pairwise-x", "oid-x", "Not The Admin", "admin", [CouncilSite.AdminGroup]));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Another account here is already called admin", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task CancellingAtTheProviderComesBackToTheSignInPageSayingSo()
    {
        await using var site = await CouncilSite.StartAsync();
        site.Provider.Deny = true;
        using var session = site.NewSession();
        var back = await site.SignInAsync(session, new TestPerson("pairwise-c", "oid-c", "Cal", "cal@council.example", [CouncilSite.LeadGroup]));
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Contains("Signing in with your council account did not finish. Try again", await back.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task LocalSignInStillWorksWhenAllowedAndIsRefusedWhenNot()
    {
        await using (var allowed = await CouncilSite.StartAsync())
        {
            using var local = await WebSession.SignInAsync(allowed.Factory, "admin", InspectionWebFactory.Password);
            Assert.Contains("Signed in as admin (Administrator)", await local.GetPageAsync("/"), StringComparison.Ordinal);
        }

        await using var site = await CouncilSite.StartAsync(new() { ["Authentication:OpenIdConnect:LocalAccounts"] = "false" });
        using var session = site.NewSession();
        var page = await session.GetPageAsync("/account/sign-in");
        Assert.Contains("Sign in with your council account", page, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"password\"", page, StringComparison.Ordinal);

        var refused = await session.PostFormAsync("/account/sign-in", new() { ["username"] = "admin", ["password"] = InspectionWebFactory.Password });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("user names and passwords are switched off here", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);

        await site.SignInAsync(session, new TestPerson("pairwise-ana", "oid-ana", "Ana Cruz", "ana.cruz@council.example", [CouncilSite.AdminGroup]));
        var audit = await session.GetPageAsync("/admin/audit?user=admin");
        Assert.Contains("local accounts are switched off", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CouncilSignInWithoutAnAuthorityOrClientIdStopsStartUpNamingTheSettings()
    {
        await using var site = new SecuritySiteFactory(new() { ["Authentication:OpenIdConnect:Enabled"] = "true" });
        var failure = Assert.Throws<OptionsValidationException>(() => site.Server);
        Assert.Contains("Authentication:OpenIdConnect:Authority is required", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Authentication:OpenIdConnect:ClientId is required", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Authentication:OpenIdConnect:GroupRoles maps no group to a role", failure.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task CouncilAccountsAreLinkedAndTheirRoleFollowsTheirGroupsOnPostgreSql()
    {
        var server = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable);
        Assert.False(string.IsNullOrEmpty(server), $"{PostgresFactAttribute.Variable} is not set: .ci/run starts a PostgreSQL server and sets it");
        var database = "inspection_council_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(server!, $"CREATE DATABASE \"{database}\"");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
            await using var site = await CouncilSite.StartAsync(new() { ["Store:Provider"] = "PostgreSQL", ["Store:ConnectionString"] = connection });
            var noor = new TestPerson("pairwise-noor", "oid-noor", "Noor Ali", "noor.ali@council.example", [CouncilSite.ViewerGroup]);
            using (var first = site.NewSession())
            {
                await site.SignInAsync(first, noor);
                Assert.Contains("Signed in as Noor Ali (Viewer)", await first.GetPageAsync("/"), StringComparison.Ordinal);
            }

            using var second = site.NewSession();
            await site.SignInAsync(second, noor with { Groups = [CouncilSite.LeadGroup] });
            Assert.Contains("Signed in as Noor Ali (Quality lead)", await second.GetPageAsync("/"), StringComparison.Ordinal);
            using var admin = await WebSession.SignInAsync(site.Factory, "admin", InspectionWebFactory.Password);
            Assert.Contains("2 people can sign in", await admin.GetPageAsync("/admin/users"), StringComparison.Ordinal);
            Assert.Contains("noor.ali@council.example from Viewer to QualityLead", await admin.GetPageAsync("/admin/audit"), StringComparison.Ordinal);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server!, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

using System.Net;
using Inspection.Content.Users;
using Inspection.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Web.Tests;

/// <summary>Who may reach what: signed-out visitors, each role's pages and endpoints, and sign-in failures.</summary>
public sealed class AccessTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/documents")]
    [InlineData("/coverage")]
    [InlineData("/upload")]
    public async Task SignedOutVisitorsAreSentToSignIn(string path)
    {
        using var session = WebSession.Anonymous(site.Factory);
        var response = await session.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/search?q=audit")]
    [InlineData("/api/documents")]
    [InlineData("/api/findings")]
    public async Task SignedOutApiCallersGet401NotARedirect(string path)
    {
        using var session = WebSession.Anonymous(site.Factory);
        var response = await session.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Sign in first", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnApiEndpointTheRoleMayNotUseSaysWhyAsAProblem()
    {
        using var viewer = await site.SignInAsync("viewer");

        var jobs = await viewer.Client.GetAsync(new Uri("/api/jobs", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, jobs.StatusCode);
        Assert.Equal("application/problem+json", jobs.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Your role does not allow this", await jobs.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ViewerMayNotUploadOrManageUsers()
    {
        using var viewer = await site.SignInAsync("viewer");
        using var form = new MultipartFormDataContent { { new ByteArrayContent("Some text"u8.ToArray()), "files", "note.txt" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.Client.PostAsync(new Uri("/api/uploads", UriKind.Relative), form)).StatusCode);

        var page = await viewer.Client.GetAsync(new Uri("/admin/users", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/access-denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var home = await viewer.GetPageAsync("/");
        Assert.DoesNotContain("href=\"/upload\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/users\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongPasswordIsRefusedInPlainWordsAndAudited()
    {
        using var session = WebSession.Anonymous(site.Factory);
        var response = await session.PostFormAsync("/account/sign-in", new() { ["username"] = "contributor", ["password"] = "not the password at all" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The user name or password is not right", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var admin = await site.SignInAsync("admin");
        var audit = await admin.GetPageAsync("/admin/audit");
        Assert.Contains("<td>Sign-in refused</td>", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiveWrongPasswordsHoldBackThatAddressEvenWithTheRightOne()
    {
        await site.Factory.CreateUserAsync("forgetful", "Viewer");
        using var session = WebSession.Anonymous(site.Factory);
        for (var i = 0; i < 5; i++)
        {
            await session.PostFormAsync("/account/sign-in", new() { ["username"] = "forgetful", ["password"] = $"wrong guess number {i}" });
        }

        var right = await session.PostFormAsync("/account/sign-in", new() { ["username"] = "forgetful", ["password"] = InspectionWebFactory.Password });
        // Held back per address and account (SignInThrottle), not locked for everyone: see SignInThrottleTests.
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Contains("Too many failed attempts", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdministratorAddsAPersonWhoCanThenSignInWithThatRole()
    {
        using var admin = await site.SignInAsync("admin");
        var weak = await admin.PostFormAsync("/admin/users", new() { ["username"] = "newstarter", ["role"] = "Viewer", ["password"] = "short" }, "create");
        Assert.Contains("Passwords must be at least 12 characters", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var added = await admin.PostFormAsync("/admin/users", new() { ["username"] = "newstarter", ["displayname"] = "New Starter", ["role"] = "Contributor", ["password"] = "a long first password" }, "create");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("/admin/users", added.Headers.Location!.OriginalString);
        Assert.Contains("newstarter can now sign in as Contributor", await admin.GetPageAsync("/admin/users"), StringComparison.Ordinal);

        using var newcomer = await WebSession.SignInAsync(site.Factory, "NewStarter", "a long first password");
        Assert.Contains("href=\"/upload\"", await newcomer.GetPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesCarryASecurityPolicyThatForbidsInlineScript()
    {
        using var viewer = await site.SignInAsync("viewer");
        var response = await viewer.Client.GetAsync(new Uri("/", UriKind.Relative));
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task AnAccountWhosePasswordWasHashedOutsideTheWebAppCanSignIn()
    {
        // What `inspection users add` stores: Identity's PasswordHasher over the store's own account record.
        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            var account = new UserAccount { Id = "from-cli", UserName = "operator", NormalizedUserName = UserAccount.Normalize("operator"), Role = "Administrator", SecurityStamp = "stamp" };
            var hash = new Microsoft.AspNetCore.Identity.PasswordHasher<UserAccount>().HashPassword(account, "set at the server console");
            await scope.ServiceProvider.GetRequiredService<IUserAccountStore>().CreateAsync(account with { PasswordHash = hash }, CancellationToken.None);
        }

        using var session = await WebSession.SignInAsync(site.Factory, "operator", "set at the server console");
        Assert.Contains("Signed in as operator (Administrator)", await session.GetPageAsync("/"), StringComparison.Ordinal);
    }
}

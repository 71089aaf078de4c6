using System.Net;
using Inspection.Application.Accounts;
using Inspection.Readiness.Access;
using Inspection.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Web.Tests.Security;

/// <summary>A session ends at once when its person signs out, is disabled or changes role, and after its absolute lifetime.</summary>
public sealed class SessionTests
{
    [Fact]
    public async Task ACookieStopsWorkingOnceItsPersonSignsOut()
    {
        await using var site = new SecuritySiteFactory([]);
        await site.CreateUserAsync("lead", "QualityLead");
        using var copied = await SignInRawAsync(site, "lead");
        Assert.Equal(HttpStatusCode.OK, (await copied.GetAsync(new Uri("/api/search?q=plan", UriKind.Relative))).StatusCode);

        using var browser = await WebSession.SignInAsync(site, "lead", InspectionWebFactory.Password);
        var signedOut = await browser.PostFormAsync("/account/sign-out", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        // Before: the stamp was checked once a minute, and sign-out did not change it, so a copied cookie lived on.
        Assert.Equal(HttpStatusCode.Unauthorized, (await copied.GetAsync(new Uri("/api/search?q=plan", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Client.GetAsync(new Uri("/api/search?q=plan", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AFormOpenedAsSomeoneElseIsRefusedAsExpiredAndSavesNothing()
    {
        await using var site = new SecuritySiteFactory([]);
        await site.CreateUserAsync("lead", "QualityLead");
        await site.CreateUserAsync("senior", "SeniorLeader");
        using var browser = await WebSession.SignInAsync(site, "lead", InspectionWebFactory.Password);
        var token = WebSession.Token(await browser.GetPageAsync("/plan"));

        // A shared computer: in another tab the lead signs out and a colleague signs in; the plan's form, still open, is sent.
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/account/sign-out", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/account/sign-in", new() { ["username"] = "senior", ["password"] = InspectionWebFactory.Password })).StatusCode);
        using var stale = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["title"] = "Audit supervision in the bittern team",
            ["owner"] = "Head of service",
            ["due"] = "31/03/2027",
            ["rag"] = "Amber",
            ["__RequestVerificationToken"] = token,
        });
        var sent = await browser.Client.PostAsync(new Uri("/plan?handler=create", UriKind.Relative), stale);
        var page = await sent.Content.ReadAsStringAsync();

        // Before: "The request could not be understood. Go back, check what you entered", as if the entries were wrong.
        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
        Assert.Contains("<h1>The form had expired</h1>", page, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", page, StringComparison.Ordinal);
        Assert.DoesNotContain("bittern", await browser.GetPageAsync("/plan"), StringComparison.Ordinal);

        // The same from the sign-in page: opened before signing in in another tab, then sent.
        using var anonymous = WebSession.Anonymous(site);
        var signInToken = WebSession.Token(await anonymous.GetPageAsync("/account/sign-in"));
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.PostFormAsync("/account/sign-in", new() { ["username"] = "lead", ["password"] = InspectionWebFactory.Password })).StatusCode);
        using var again = new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = "lead", ["password"] = InspectionWebFactory.Password, ["__RequestVerificationToken"] = signInToken });
        var second = await anonymous.Client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), again);
        Assert.Contains("<h1>The form had expired</h1>", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADisabledOrDemotedPersonLosesTheirSessionAtOnce()
    {
        await using var site = new SecuritySiteFactory([]);
        await site.CreateUserAsync("lead", "QualityLead");
        await site.CreateUserAsync("leaver", "QualityLead");
        using var lead = await SignInRawAsync(site, "lead");
        using var leaver = await SignInRawAsync(site, "leaver");
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync(new Uri("/api/search?q=plan", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leaver.GetAsync(new Uri("/api/search?q=plan", UriKind.Relative))).StatusCode);

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
            Assert.True((await accounts.SetRoleAsync("lead", "Viewer", Caller.Operator("test"), CancellationToken.None)).Succeeded);
            Assert.True((await accounts.SetDisabledAsync("leaver", true, Caller.Operator("test"), CancellationToken.None)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await lead.GetAsync(new Uri("/api/search?q=plan", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await leaver.GetAsync(new Uri("/api/search?q=plan", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ASessionEndsAfterItsAbsoluteLifetimeHoweverActive()
    {
        var clock = new ShiftedClock();
        await using var site = new ClockSiteFactory(clock);
        await site.CreateUserAsync("lead", "QualityLead");
        using var lead = await SignInRawAsync(site, "lead");
        for (var minutes = 0; minutes < 120; minutes += 30)
        {
            clock.Shift = TimeSpan.FromMinutes(minutes);
            Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync(new Uri("/api/search?q=plan", UriKind.Relative))).StatusCode);
        }

        // Active every half hour, well inside the idle limit, but past two hours since signing in.
        clock.Shift = TimeSpan.FromMinutes(125);
        Assert.Equal(HttpStatusCode.Unauthorized, (await lead.GetAsync(new Uri("/api/search?q=plan", UriKind.Relative))).StatusCode);
    }

    // Signs in and returns a client that sends the sign-in cookie by hand, as a copied cookie would be sent.
    private static async Task<HttpClient> SignInRawAsync(WebApplicationFactory<Program> site, string userName)
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var cookies = await CookiesAsync(site, userName);
        client.DefaultRequestHeaders.Add("Cookie", cookies);
        return client;
    }

    private static async Task<string> CookiesAsync(WebApplicationFactory<Program> site, string userName)
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var form = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        var antiforgery = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/sign-in", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["username"] = userName,
                ["password"] = InspectionWebFactory.Password,
                ["__RequestVerificationToken"] = WebSession.Token(await form.Content.ReadAsStringAsync()),
            }),
        };
        request.Headers.Add("Cookie", antiforgery);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => c.StartsWith("inspection.auth", StringComparison.Ordinal)));
    }

    private sealed class ShiftedClock : TimeProvider
    {
        public TimeSpan Shift { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
    }

    private sealed class ClockSiteFactory(TimeProvider clock) : InspectionWebFactory(TempFolder.Create("session-clock"), loadSamples: false)
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Web:SessionAbsoluteHours", "2");
            builder.ConfigureServices(services => services.AddSingleton(clock));
        }
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Inspection.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inspection.Web.Tests.Council;

/// <summary>
/// The web application with council sign-in pointed at a <see cref="TestOpenIdProvider"/> of its own, and a local
/// administrator. Its client speaks HTTPS to the in-process server, as a browser must for the sign-in's cross-site cookies.
/// </summary>
public sealed partial class CouncilSite : IAsyncDisposable
{
    public const string ViewerGroup = "0b7c6d1e-0000-4000-8000-000000000001";
    public const string LeadGroup = "0b7c6d1e-0000-4000-8000-000000000002";
    public const string AdminGroup = "0b7c6d1e-0000-4000-8000-000000000003";
    public const string OtherGroup = "0b7c6d1e-0000-4000-8000-0000000000ff";
    public const string LeadAppRole = "Inspection.QualityLead";

    private CouncilSite(TestOpenIdProvider provider, SecuritySiteFactory factory)
    {
        Provider = provider;
        Factory = factory;
    }

    public TestOpenIdProvider Provider { get; }

    public SecuritySiteFactory Factory { get; }

    /// <summary>
    /// Starts the provider, then the site with the council settings (and <paramref name="extra"/> over them), in process
    /// or on a loopback port (<paramref name="kestrel"/>), and adds the local administrator "admin".
    /// </summary>
    public static async Task<CouncilSite> StartAsync(Dictionary<string, string>? extra = null, bool kestrel = false)
    {
        var provider = new TestOpenIdProvider();
        await provider.StartAsync();
        var settings = Settings(provider.Issuer);
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        var factory = new SecuritySiteFactory(settings);
        if (kestrel)
        {
            // On a real loopback port, for a real browser.
            factory.UseKestrel(0);
            factory.StartServer();
        }

        await factory.CreateUserAsync("admin", "Administrator");
        return new CouncilSite(provider, factory);
    }

    public static Dictionary<string, string> Settings(string authority) => new(StringComparer.Ordinal)
    {
        ["Authentication:OpenIdConnect:Enabled"] = "true",
        ["Authentication:OpenIdConnect:Authority"] = authority,
        ["Authentication:OpenIdConnect:ClientId"] = TestOpenIdProvider.ClientId,
        ["Authentication:OpenIdConnect:ClientSecret"] = TestOpenIdProvider.ClientSecret,
        ["Authentication:OpenIdConnect:RequireHttpsMetadata"] = "false",
        [$"Authentication:OpenIdConnect:GroupRoles:{ViewerGroup}"] = "Viewer",
        [$"Authentication:OpenIdConnect:GroupRoles:{LeadGroup}"] = "QualityLead",
        [$"Authentication:OpenIdConnect:GroupRoles:{AdminGroup}"] = "Administrator",
        [$"Authentication:OpenIdConnect:GroupRoles:{LeadAppRole}"] = "QualityLead",
    };

    /// <summary>A browser-like session (cookies, no automatic redirects) over HTTPS.</summary>
    public WebSession NewSession() =>
        new(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") }));

    /// <summary>
    /// Presses the council-account button as <paramref name="person"/> and follows every redirect, through the provider
    /// and back, as a browser would; returns the last answer (a redirect into the site when signed in).
    /// </summary>
    public async Task<HttpResponseMessage> SignInAsync(WebSession session, TestPerson person, string returnUrl = "/")
    {
        ArgumentNullException.ThrowIfNull(session);
        Provider.Person = person;
        var signInPage = $"/account/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}";
        var challenge = await session.PostFormAsync(signInPage, new() { ["returnUrl"] = returnUrl }, handler: "council");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(Provider.Issuer + "/authorize?", authorize.AbsoluteUri, StringComparison.Ordinal);

        // The provider is another site: the browser goes there with none of this site's cookies.
        using var toProvider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var form = await toProvider.GetStringAsync(authorize);
        var action = WebUtility.HtmlDecode(FormAction().Match(form).Groups[1].Value);
        var fields = HiddenField().Matches(form).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value), StringComparer.Ordinal);
        using var post = new FormUrlEncodedContent(fields);
        var response = await session.Client.PostAsync(new Uri(action), post);
        while (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
            && response.Headers.Location is { } next && !next.OriginalString.Equals(returnUrl, StringComparison.Ordinal))
        {
            response = await session.Client.GetAsync(next);
        }

        return response;
    }

    /// <summary>The audit log's lines as the administrator's page shows them.</summary>
    public async Task<string> AuditPageAsync()
    {
        using var admin = await WebSession.SignInAsync(Factory, "admin", InspectionWebFactory.Password);
        return await admin.GetPageAsync("/admin/audit");
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Provider.DisposeAsync();
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\">")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();
}

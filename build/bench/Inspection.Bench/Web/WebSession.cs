using System.Globalization;
using System.Net;
using System.Text.Json;
using Inspection.Bench.Search;

namespace Inspection.Bench.Web;

/// <summary>
/// A signed-in browser session against the web app, through its real pages: the first-run page creates the
/// administrator when no user exists, the sign-in page otherwise. Its cookies are what wrk sends.
/// </summary>
internal sealed class WebSession : IDisposable
{
    public const string UserName = "bench";
    private const string DisplayName = "Benchmark user";
    // Not containing the user name: the account rules refuse a password that does.
    private const string Password = "wrk passphrase for the load test";
    private const string AuthCookie = "inspection.auth";
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _client;

    public WebSession(Uri address)
    {
        Address = address;
        _client = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public Uri Address { get; }

    /// <summary>The Cookie header of this session, for wrk's -H.</summary>
    public string CookieHeader => _cookies.GetCookieHeader(Address);

    /// <summary>Signs in (creating the first administrator on a new data folder); throws unless the sign-in cookie is set.</summary>
    public async Task SignInAsync(CancellationToken cancellationToken)
    {
        using (var setup = await _client.GetAsync(new Uri("/account/setup", UriKind.Relative), cancellationToken).ConfigureAwait(false))
        {
            if (setup.StatusCode == HttpStatusCode.OK)
            {
                var token = FormToken(await setup.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
                await PostAsync("/account/setup", new() { ["__RequestVerificationToken"] = token, ["username"] = UserName, ["displayname"] = DisplayName, ["password"] = Password }, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                using var page = await _client.GetAsync(new Uri("/account/sign-in", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                Expect(page, "/account/sign-in", HttpStatusCode.OK);
                var token = FormToken(await page.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
                await PostAsync("/account/sign-in", new() { ["__RequestVerificationToken"] = token, ["username"] = UserName, ["password"] = Password, ["returnUrl"] = "/" }, cancellationToken).ConfigureAwait(false);
            }
        }

        if (_cookies.GetCookies(Address)[AuthCookie] is null)
        {
            throw new InvalidOperationException($"signing in to the web app set no {AuthCookie} cookie");
        }
    }

    /// <summary>
    /// Every query of the mix once through the search page and once through the API, the two passes side by side (the
    /// untimed warm-up): each answer must be 200; returns how many queries found something (API total above 0).
    /// Throws if none did: the index is not being read.
    /// </summary>
    /// <summary>False when BENCH_WEB_COUNTS=false: the app is a build whose search page counts within the page itself.</summary>
    public static bool CountsPanel => !string.Equals(Environment.GetEnvironmentVariable("BENCH_WEB_COUNTS"), "false", StringComparison.OrdinalIgnoreCase);

    public async Task<int> CheckMixAsync(CancellationToken cancellationToken)
    {
        var pages = Task.Run(() => PagePassAsync(cancellationToken), cancellationToken);
        var withHits = 0;
        foreach (var query in QueryMix.All)
        {
            using var api = await _client.GetAsync(new Uri(WrkScript.ApiPath + Uri.EscapeDataString(query.Ours), UriKind.Relative), cancellationToken).ConfigureAwait(false);
            Expect(api, "the search API for " + query.Ours, HttpStatusCode.OK);
            using var json = await JsonDocument.ParseAsync(await api.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (json.RootElement.GetProperty("total").GetInt32() > 0 && json.RootElement.GetProperty("hits").GetArrayLength() > 0)
            {
                withHits++;
            }
        }

        await pages.ConfigureAwait(false);
        return withHits == 0
            ? throw new InvalidOperationException("no query of the mix found anything through the web app's search API")
            : withHits;
    }

    public void Dispose() => _client.Dispose();

    private static string FormToken(string html)
    {
        const string Name = "name=\"__RequestVerificationToken\"";
        var at = html.IndexOf(Name, StringComparison.Ordinal);
        var value = at < 0 ? -1 : html.IndexOf("value=\"", at, StringComparison.Ordinal);
        if (value < 0)
        {
            throw new InvalidOperationException("the sign-in form has no anti-forgery token");
        }

        value += "value=\"".Length;
        return html[value..html.IndexOf('"', value)];
    }

    private static void Expect(HttpResponseMessage response, string what, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{what}: HTTP {(int)response.StatusCode} (expected {(int)status}){(response.Headers.Location is { } to ? " to " + to : string.Empty)}"));
        }
    }

    private async Task PagePassAsync(CancellationToken cancellationToken)
    {
        foreach (var query in QueryMix.All)
        {
            using var page = await _client.GetAsync(new Uri(WrkScript.PagePath + Uri.EscapeDataString(query.Ours), UriKind.Relative), cancellationToken).ConfigureAwait(false);
            Expect(page, "the search page for " + query.Ours, HttpStatusCode.OK);
            if (!CountsPanel)
            {
                continue;
            }

            using var counts = await _client.GetAsync(new Uri(WrkScript.FacetsPath + Uri.EscapeDataString(query.Ours), UriKind.Relative), cancellationToken).ConfigureAwait(false);
            Expect(counts, "the search page's counts for " + query.Ours, HttpStatusCode.OK);
        }
    }

    private async Task PostAsync(string path, Dictionary<string, string> fields, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(fields);
        using var response = await _client.PostAsync(new Uri(path, UriKind.Relative), form, cancellationToken).ConfigureAwait(false);
        // Success is a redirect to the search page; a form shown again (200) carries the errors.
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != "/")
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"POST {path}: HTTP {(int)response.StatusCode} {response.Headers.Location}, not a redirect to the search page: the sign-in was refused"));
        }
    }
}

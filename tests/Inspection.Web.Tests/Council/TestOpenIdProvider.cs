using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Inspection.Web.Tests.Council;

/// <summary>
/// A small OpenID provider of our own on a loopback port, shaped like Microsoft Entra ID's: discovery, keys, an authorize
/// endpoint that approves <see cref="Person"/> at once and answers by form post, and a token endpoint that checks the
/// client secret and the PKCE verifier and returns an RS256-signed id token with the nonce, <c>sub</c>, <c>oid</c>,
/// <c>name</c>, <c>preferred_username</c> and <c>groups</c>.
/// </summary>
public sealed class TestOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "inspection-tests";
    public const string ClientSecret = "a test client secret";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, Grant> _grants = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _log = new();
    private WebApplication? _app;

    /// <summary>The person the next authorization approves.</summary>
    public TestPerson Person { get; set; } = new("subject-1", "object-1", "Test Person", "test.person@council.example", []);

    /// <summary>Answer the next authorizations with <c>error=access_denied</c>, as when the person cancels.</summary>
    public bool Deny { get; set; }

    public string Issuer { get; private set; } = "";

    /// <summary>What the provider saw, one line per request, for tests to check the flow (PKCE, secret).</summary>
    public IReadOnlyCollection<string> Log => _log;

    private SecurityKey Key => new RsaSecurityKey(_rsa) { KeyId = "test-key-1" };

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/.well-known/openid-configuration", Discovery);
        _app.MapGet("/jwks", Keys);
        _app.MapGet("/authorize", Authorize);
        _app.MapPost("/token", TokenAsync);
        await _app.StartAsync();
        Issuer = _app.Urls.First().TrimEnd('/');
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _rsa.Dispose();
    }

    private IResult Discovery() => Results.Json(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = Issuer + "/authorize",
        ["token_endpoint"] = Issuer + "/token",
        ["jwks_uri"] = Issuer + "/jwks",
        ["response_types_supported"] = new[] { "code" },
        ["response_modes_supported"] = new[] { "query", "form_post" },
        ["subject_types_supported"] = new[] { "pairwise" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["scopes_supported"] = new[] { "openid", "profile" },
        ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
    });

    private IResult Keys()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return Results.Json(new
        {
            keys = new[]
            {
                new { kty = "RSA", use = "sig", alg = "RS256", kid = "test-key-1", n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) },
            },
        });
    }

    private IResult Authorize(HttpRequest request)
    {
        var q = request.Query;
        string redirect = q["redirect_uri"].ToString(), state = q["state"].ToString();
        _log.Enqueue($"authorize response_type={q["response_type"]} response_mode={q["response_mode"]} code_challenge_method={q["code_challenge_method"]} scope={q["scope"]}");
        if (!string.Equals(q["client_id"], ClientId, StringComparison.Ordinal) || !redirect.EndsWith("/signin-oidc", StringComparison.Ordinal))
        {
            return Results.BadRequest("unknown client or redirect address");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["state"] = state };
        if (Deny)
        {
            fields["error"] = "access_denied";
            fields["error_description"] = "The person cancelled";
        }
        else
        {
            var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            _grants[code] = new Grant(Person, q["nonce"].ToString(), q["code_challenge"].ToString(), redirect);
            fields["code"] = code;
        }

        // Entra ID's answer to response_mode=form_post: a page whose form posts the code back, sent on by its script.
        var html = new StringBuilder("<!doctype html><html lang=\"en\"><head><title>Working...</title></head><body>");
        html.Append(CultureInfoInvariant($"<form method=\"post\" action=\"{WebUtility.HtmlEncode(redirect)}\">"));
        foreach (var (name, value) in fields)
        {
            html.Append(CultureInfoInvariant($"<input type=\"hidden\" name=\"{name}\" value=\"{WebUtility.HtmlEncode(value)}\">"));
        }

        html.Append("<noscript><button type=\"submit\">Continue</button></noscript></form><script>document.forms[0].submit();</script></body></html>");
        return Results.Content(html.ToString(), "text/html");
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var secret = form["client_secret"].ToString();
        if (string.IsNullOrEmpty(secret) && request.Headers.Authorization.ToString() is { Length: > 6 } basic && basic.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(basic[6..])).Split(':', 2);
            secret = Uri.UnescapeDataString(pair[^1]);
        }

        var verifier = form["code_verifier"].ToString();
        _log.Enqueue($"token grant_type={form["grant_type"]} verifier={(verifier.Length > 0 ? "sent" : "missing")} secret={(secret == ClientSecret ? "right" : "wrong")}");
        if (!string.Equals(form["grant_type"], "authorization_code", StringComparison.Ordinal) || secret != ClientSecret)
        {
            return Results.Json(new { error = "invalid_client" }, statusCode: StatusCodes.Status401Unauthorized);
        }

        // A code is good once, for its redirect address, and only with the verifier whose hash was the challenge.
        if (!_grants.TryRemove(form["code"].ToString(), out var grant)
            || !string.Equals(form["redirect_uri"], grant.RedirectUri, StringComparison.Ordinal)
            || !string.Equals(Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))), grant.CodeChallenge, StringComparison.Ordinal))
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
        }

        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["sub"] = grant.Person.Subject,
            ["oid"] = grant.Person.ObjectId,
            ["name"] = grant.Person.Name,
            ["preferred_username"] = grant.Person.UserName,
            ["nonce"] = grant.Nonce,
            ["tid"] = "test-tenant",
            ["ver"] = "2.0",
        };
        if (grant.Person.Groups.Count > 0)
        {
            claims["groups"] = grant.Person.Groups.ToList();
        }

        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Claims = claims,
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256),
        });
        return Results.Json(new Dictionary<string, object>
        {
            ["access_token"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["id_token"] = idToken,
        });
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);

    private sealed record Grant(TestPerson Person, string Nonce, string CodeChallenge, string RedirectUri);
}

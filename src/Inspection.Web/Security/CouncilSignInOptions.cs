namespace Inspection.Web.Security;

/// <summary>
/// Council sign-in through OpenID Connect ("Authentication:OpenIdConnect" section): Microsoft Entra ID, or any provider
/// that speaks the protocol. Checked at start-up by <see cref="CouncilSignInOptionsValidator"/>.
/// </summary>
public sealed class CouncilSignInOptions
{
    public const string SectionName = "Authentication:OpenIdConnect";

    /// <summary>The authentication scheme's name; the provider redirects back to <see cref="CallbackPath"/>.</summary>
    public const string Scheme = "council";

    public const string CallbackPath = "/signin-oidc";

    /// <summary>Offer the council-account button on the sign-in page.</summary>
    public bool Enabled { get; set; }

    /// <summary>The provider's issuer, whose <c>/.well-known/openid-configuration</c> describes it: https://login.microsoftonline.com/{tenant id}/v2.0 for Entra ID.</summary>
    public string Authority { get; set; } = "";

    /// <summary>The app registration's application (client) id.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The app registration's client secret (keep it out of appsettings.json: an environment variable or a secret store).</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>The words on the sign-in page's button.</summary>
    public string DisplayName { get; set; } = "Sign in with your council account";

    /// <summary>
    /// Group object ids (the id token's <c>groups</c> claim) or app-role values (its <c>roles</c> claim), each mapped to a
    /// role of the roles recipe. A person in several mapped groups gets the role with the most permissions; in none, is refused.
    /// </summary>
    public Dictionary<string, string> GroupRoles { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Whether people may still sign in with a local user name and password beside their council account.</summary>
    public bool LocalAccounts { get; set; } = true;

    /// <summary>Fetch the provider's metadata over HTTPS only; false only for a provider on this machine in tests.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Whether a local user name and password may sign in, whatever the rest says.</summary>
    public bool LocalSignInAllowed => !Enabled || LocalAccounts;
}

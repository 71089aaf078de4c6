namespace Inspection.Web.Security;

/// <summary>Claim types of our own in the sign-in cookie.</summary>
public static class WebClaims
{
    public const string DisplayName = "inspection:display_name";

    /// <summary>When the person signed in (Unix seconds), for the absolute session lifetime.</summary>
    public const string SignedInUtc = "inspection:signed_in";

    /// <summary>Present when the person signed in with a council account (no password here to change).</summary>
    public const string CouncilAccount = "inspection:council_account";
}

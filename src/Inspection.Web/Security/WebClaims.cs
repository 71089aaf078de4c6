namespace Inspection.Web.Security;

/// <summary>Claim types of our own in the sign-in cookie.</summary>
public static class WebClaims
{
    public const string DisplayName = "inspection:display_name";
}

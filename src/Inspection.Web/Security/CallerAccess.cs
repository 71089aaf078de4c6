using System.Security.Claims;

namespace Inspection.Web.Security;

/// <summary>Who is asking and what they may do and see: resolved once per request from the sign-in cookie and the role's permissions.</summary>
public sealed record CallerAccess(string UserName, string DisplayName, string? Role, IReadOnlySet<string> Permissions, IReadOnlyList<string> AllowedClassifications)
{
    public bool Can(string permission) => Permissions.Contains(permission);

    public bool MaySee(string? classification) =>
        AllowedClassifications.Contains(classification ?? Content.Evidence.Classifications.Official, StringComparer.Ordinal);

    public static async Task<CallerAccess> ForAsync(ClaimsPrincipal user, RolePermissions roles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(roles);
        if (user.Identity?.IsAuthenticated != true)
        {
            return new CallerAccess("", "", null, new HashSet<string>(StringComparer.Ordinal), []);
        }

        var role = user.FindFirstValue(ClaimTypes.Role);
        var permissions = await roles.ForRoleAsync(role, cancellationToken);
        var name = user.Identity.Name ?? "";
        return new CallerAccess(name, user.FindFirstValue(WebClaims.DisplayName) ?? name, role, permissions, Security.Permissions.Classifications(permissions));
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Inspection.Web.Security;

/// <summary>Grants a <see cref="PermissionRequirement"/> when the user's role holds that permission.</summary>
public sealed class PermissionHandler(RolePermissions roles) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var permissions = await roles.ForRoleAsync(context.User.FindFirstValue(ClaimTypes.Role), CancellationToken.None);
        if (permissions.Contains(requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}

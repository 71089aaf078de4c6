using Microsoft.AspNetCore.Authorization;

namespace Inspection.Web.Security;

/// <summary>Requires one permission of the signed-in user's role.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

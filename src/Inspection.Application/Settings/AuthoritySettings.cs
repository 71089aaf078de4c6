using Inspection.Readiness.Access;
using Inspection.Readiness.Authority;

namespace Inspection.Application.Settings;

/// <summary>
/// Which authority the repository serves, as a caller reads and changes it: anyone who may view evidence sees it (pages
/// name it), only those who may manage settings change it, and each change is a new version of the settings, audited.
/// </summary>
public sealed class AuthoritySettings(OurAuthority authority, AccessPolicy access)
{
    /// <summary>The authority's name, or null when none is set yet.</summary>
    public Task<string?> GetAsync(CancellationToken cancellationToken) => authority.GetAsync(cancellationToken);

    /// <summary>The organisations named by the evidence the caller may see (ours first), for filters.</summary>
    public Task<IReadOnlyList<string>> OrganisationsAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return authority.OrganisationsAsync(caller.AllowedClassifications, cancellationToken);
    }

    /// <summary>Sets (an empty name clears) the authority; false when it was already so. Throws <see cref="AccessDeniedException"/> without the permission.</summary>
    public async Task<bool> SetAsync(string? name, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await access.RequireAsync(caller, Permissions.ManageSettings, "change which authority this repository serves", cancellationToken).ConfigureAwait(false);
        return await authority.SetAsync(name, caller.UserName, cancellationToken).ConfigureAwait(false);
    }
}

using Inspection.Content.Audit;
using Inspection.Content.Definitions;
using Inspection.Content.Users;

namespace Inspection.Application.Accounts;

/// <summary>
/// A sign-in vouched for by the council's identity provider (Microsoft Entra ID through OpenID Connect), with one set
/// of rules: the account is found by the provider's issuer and stable id, or made at the first sign-in; its role is set
/// from the person's groups every time (no mapped group: refused; several: the role with the most permissions); a
/// disabled account stays refused; every outcome is audited. A change of role gives the account a new security stamp,
/// so its other sessions end at their next check, as when an administrator changes it.
/// </summary>
public sealed class CouncilSignIn(IUserAccountStore accounts, IRoleStore roles, IAuditLog audit, TimeProvider time)
{
    public const string SignedInEvent = "sign-in-council";
    public const string AccountCreatedEvent = "council-account-created";
    public const string RoleMappedEvent = "role-mapped";
    public const string RefusedEvent = "sign-in-refused";

    /// <summary>
    /// Signs the person in as their linked account. <paramref name="groupRoles"/> maps a group's object id (or an app
    /// role's value) to a role name; roles the store does not define are ignored.
    /// </summary>
    public async Task<CouncilSignInOutcome> SignInAsync(CouncilIdentity identity, IReadOnlyDictionary<string, string> groupRoles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(groupRoles);
        var userName = identity.UserName.Trim();
        if (string.IsNullOrWhiteSpace(identity.Issuer) || string.IsNullOrWhiteSpace(identity.Subject) || userName.Length == 0 || userName.Length > 256)
        {
            return await RefuseAsync(userName.Length is > 0 and <= 256 ? userName : identity.Subject, CouncilRefusal.Incomplete, "the council's sign-in did not name the person", cancellationToken).ConfigureAwait(false);
        }

        var account = await accounts.FindByExternalLoginAsync(identity.Issuer, identity.Subject, cancellationToken).ConfigureAwait(false);
        if (account is { Disabled: true })
        {
            return await RefuseAsync(account.UserName, CouncilRefusal.Disabled, "account disabled", cancellationToken).ConfigureAwait(false);
        }

        var role = await MappedRoleAsync(identity.Groups, groupRoles, cancellationToken).ConfigureAwait(false);
        if (role is null)
        {
            if (account is not null)
            {
                // Out of every mapped group now: whatever sessions the account still has end at their next check.
                await accounts.UpdateAsync(account with { SecurityStamp = NewStamp() }, cancellationToken).ConfigureAwait(false);
            }

            return identity.GroupsOmitted
                ? await RefuseAsync(account?.UserName ?? userName, CouncilRefusal.TooManyGroups, "the council's sign-in sent no groups (too many to list)", cancellationToken).ConfigureAwait(false)
                : await RefuseAsync(account?.UserName ?? userName, CouncilRefusal.NoMappedGroup, "no council group maps to a role", cancellationToken).ConfigureAwait(false);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var displayName = identity.DisplayName.Trim();
        if (account is null)
        {
            if (await accounts.FindByNameAsync(userName, cancellationToken).ConfigureAwait(false) is not null)
            {
                return await RefuseAsync(userName, CouncilRefusal.NameTaken, "another account has the council account's user name", cancellationToken).ConfigureAwait(false);
            }

            account = new UserAccount
            {
                Id = Guid.NewGuid().ToString("N"),
                UserName = userName,
                NormalizedUserName = UserAccount.Normalize(userName),
                DisplayName = displayName,
                Role = role,
                SecurityStamp = NewStamp(),
                CreatedUtc = now,
                LastSignInUtc = now,
                ExternalIssuer = identity.Issuer,
                ExternalSubject = identity.Subject,
            };
            try
            {
                await accounts.CreateAsync(account, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException)
            {
                // The name was taken between the look-up and the insert.
                return await RefuseAsync(userName, CouncilRefusal.NameTaken, "another account has the council account's user name", cancellationToken).ConfigureAwait(false);
            }

            await audit.WriteAsync(account.UserName, AccountCreatedEvent, null, $"{account.UserName} as {role}", cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var previousRole = account.Role;
            var changed = account with
            {
                Role = role,
                DisplayName = displayName.Length > 0 ? displayName : account.DisplayName,
                LastSignInUtc = now,
                SecurityStamp = string.Equals(previousRole, role, StringComparison.Ordinal) ? account.SecurityStamp : NewStamp(),
            };
            await accounts.UpdateAsync(changed, cancellationToken).ConfigureAwait(false);
            if (!string.Equals(previousRole, role, StringComparison.Ordinal))
            {
                await audit.WriteAsync(account.UserName, RoleMappedEvent, null, $"{account.UserName} from {previousRole} to {role}", cancellationToken).ConfigureAwait(false);
            }

            account = changed;
        }

        await audit.WriteAsync(account.UserName, SignedInEvent, null, null, cancellationToken).ConfigureAwait(false);
        return new CouncilSignInOutcome(account, null);
    }

    // Of the roles the person's groups map to, the one with the most permissions (then by name, so the choice is stable).
    private async Task<string?> MappedRoleAsync(IReadOnlyCollection<string> groups, IReadOnlyDictionary<string, string> groupRoles, CancellationToken cancellationToken)
    {
        var mapped = groups.Select(g => groupRoles.TryGetValue(g, out var r) ? r : null).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (mapped.Count == 0)
        {
            return null;
        }

        var defined = await roles.ListAsync(cancellationToken).ConfigureAwait(false);
        return defined
            .Where(r => mapped.Contains(r.Name))
            .OrderByDescending(r => r.Permissions.Count)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .FirstOrDefault()?.Name;
    }

    private async Task<CouncilSignInOutcome> RefuseAsync(string userName, CouncilRefusal refusal, string reason, CancellationToken cancellationToken)
    {
        await audit.WriteAsync(userName, RefusedEvent, null, $"council account: {reason}", cancellationToken).ConfigureAwait(false);
        return new CouncilSignInOutcome(null, refusal);
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}

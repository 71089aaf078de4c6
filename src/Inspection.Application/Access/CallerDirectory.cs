using Inspection.Content.Definitions;
using Inspection.Content.Users;
using Inspection.Readiness.Access;

namespace Inspection.Application.Access;

/// <summary>The caller a user account stands for, from the store: its role's permissions, and the classifications they open.</summary>
public sealed class CallerDirectory(IUserAccountStore users, IRoleStore roles)
{
    /// <summary>The account's caller, or null when there is no such account or it is disabled.</summary>
    public async Task<Caller?> ForUserAsync(string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        var account = await users.FindByNameAsync(userName.Trim(), cancellationToken).ConfigureAwait(false);
        if (account is null || account.Disabled)
        {
            return null;
        }

        var role = (await roles.ListAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(r => string.Equals(r.Name, account.Role, StringComparison.Ordinal));
        var permissions = role?.Permissions.ToHashSet(StringComparer.Ordinal) ?? new HashSet<string>(StringComparer.Ordinal);
        return Caller.ForRole(account.UserName, account.DisplayName, account.Role, permissions);
    }
}

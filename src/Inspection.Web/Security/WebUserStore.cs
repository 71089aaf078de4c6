using Inspection.Content.Users;
using Microsoft.AspNetCore.Identity;

namespace Inspection.Web.Security;

/// <summary>Identity's user store over the store's <c>Users</c> table: names, password hashes, security stamps and lockout.</summary>
public sealed class WebUserStore(IUserAccountStore accounts) :
    IUserPasswordStore<WebUser>,
    IUserSecurityStampStore<WebUser>,
    IUserLockoutStore<WebUser>
{
    public async Task<IdentityResult> CreateAsync(WebUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(user.Id))
        {
            user.Id = Guid.NewGuid().ToString("N");
        }

        try
        {
            await accounts.CreateAsync(user.ToAccount(), cancellationToken);
            return IdentityResult.Success;
        }
        catch (InvalidOperationException e)
        {
            return IdentityResult.Failed(new IdentityError { Code = "DuplicateUserName", Description = e.Message });
        }
    }

    public async Task<IdentityResult> UpdateAsync(WebUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await accounts.UpdateAsync(user.ToAccount(), cancellationToken);
        return IdentityResult.Success;
    }

    public Task<IdentityResult> DeleteAsync(WebUser user, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Accounts are disabled, never deleted: the audit log names them.");

    public async Task<WebUser?> FindByIdAsync(string userId, CancellationToken cancellationToken)
    {
        var account = await accounts.FindByIdAsync(userId, cancellationToken);
        return account is null ? null : WebUser.From(account);
    }

    public async Task<WebUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken)
    {
        var account = await accounts.FindByNameAsync(normalizedUserName, cancellationToken);
        return account is null ? null : WebUser.From(account);
    }

    public Task<string> GetUserIdAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(Require(user).Id);

    public Task<string?> GetUserNameAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(Require(user).UserName);

    public Task SetUserNameAsync(WebUser user, string? userName, CancellationToken cancellationToken)
    {
        Require(user).UserName = userName ?? "";
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedUserNameAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(Require(user).NormalizedUserName);

    public Task SetNormalizedUserNameAsync(WebUser user, string? normalizedName, CancellationToken cancellationToken)
    {
        Require(user).NormalizedUserName = normalizedName ?? "";
        return Task.CompletedTask;
    }

    public Task SetPasswordHashAsync(WebUser user, string? passwordHash, CancellationToken cancellationToken)
    {
        Require(user).PasswordHash = passwordHash;
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(Require(user).PasswordHash);

    public Task<bool> HasPasswordAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(Require(user).PasswordHash is not null);

    public Task SetSecurityStampAsync(WebUser user, string stamp, CancellationToken cancellationToken)
    {
        Require(user).SecurityStamp = stamp;
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(Require(user).SecurityStamp);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(Require(user).LockoutEnd);

    public Task SetLockoutEndDateAsync(WebUser user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken)
    {
        Require(user).LockoutEnd = lockoutEnd;
        return Task.CompletedTask;
    }

    public Task<int> IncrementAccessFailedCountAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(++Require(user).AccessFailedCount);

    public Task ResetAccessFailedCountAsync(WebUser user, CancellationToken cancellationToken)
    {
        Require(user).AccessFailedCount = 0;
        return Task.CompletedTask;
    }

    public Task<int> GetAccessFailedCountAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(Require(user).AccessFailedCount);

    // Lockout after repeated failures applies to everyone; it is not a per-account choice.
    public Task<bool> GetLockoutEnabledAsync(WebUser user, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task SetLockoutEnabledAsync(WebUser user, bool enabled, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }

    private static WebUser Require(WebUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user;
    }
}

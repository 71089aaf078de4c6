using System.Globalization;
using System.Text.RegularExpressions;
using Inspection.Content.Audit;
using Inspection.Content.Definitions;
using Inspection.Content.Store;
using Inspection.Content.Users;
using Inspection.Readiness.Access;
using Microsoft.AspNetCore.Identity;

namespace Inspection.Application.Accounts;

/// <summary>
/// The people who may sign in, with one set of rules whichever host asks (the Users page, the first-run page, the
/// command line): user names, the password policy, roles that exist, who may do it (ManageUsers; anyone while nobody
/// exists yet, to create the first administrator), and the audit line. A change of role, password or state gives the
/// account a new security stamp, so its sessions end at their next check.
/// </summary>
public sealed partial class AccountAdministration(IUserAccountStore accounts, IRoleStore roles, IAuditLog audit, AccessPolicy access, TimeProvider time, ISignInHolds holds)
{
    public const int MinimumPasswordLength = 12;
    public const string AdministratorRole = "Administrator";

    /// <summary>Why a council account's password cannot be set here.</summary>
    public const string CouncilPasswordMessage = "This is a council account: its password is kept by the council's sign-in, not here";

    /// <summary>Why a council account's role cannot be chosen here.</summary>
    public const string CouncilRoleMessage = "This is a council account: its role follows its groups in the council's sign-in at every sign-in";

    private static readonly PasswordHasher<UserAccount> Hasher = new();

    public async Task<IReadOnlyList<UserAccount>> ListAsync(Caller caller, CancellationToken cancellationToken)
    {
        await access.RequireAsync(caller, Permissions.ManageUsers, "manage users", cancellationToken).ConfigureAwait(false);
        return await accounts.ListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The role names people may be given, as the roles recipe defines them.</summary>
    public async Task<IReadOnlyList<RoleDefinition>> RolesAsync(CancellationToken cancellationToken) =>
        [.. (await roles.ListAsync(cancellationToken).ConfigureAwait(false)).OrderBy(r => r.Name, StringComparer.Ordinal)];

    public async Task<AccountChange> CreateAsync(string? userName, string? displayName, string? role, string? password, Caller caller, CancellationToken cancellationToken)
    {
        await access.RequireAsync(caller, Permissions.ManageUsers, "manage users", cancellationToken).ConfigureAwait(false);
        return await CreateCoreAsync(userName, displayName, role, password, caller.UserName, CreateAsync, cancellationToken).ConfigureAwait(false);

        async Task<bool> CreateAsync(UserAccount account, CancellationToken ct)
        {
            await accounts.CreateAsync(account, ct).ConfigureAwait(false);
            return true;
        }
    }

    /// <summary>
    /// The first administrator of a new installation; refused once anyone exists. The store decides "nobody yet" and
    /// adds the account in one step, so simultaneous first-run posts make exactly one administrator.
    /// </summary>
    public async Task<AccountChange> CreateFirstAdministratorAsync(string? userName, string? displayName, string? password, CancellationToken cancellationToken)
    {
        if (await accounts.CountAsync(cancellationToken).ConfigureAwait(false) > 0)
        {
            return AlreadyCreated();
        }

        var change = await CreateCoreAsync(userName, displayName, AdministratorRole, password, userName?.Trim() ?? "", accounts.CreateFirstAsync, cancellationToken).ConfigureAwait(false);
        return change.Succeeded || await accounts.CountAsync(cancellationToken).ConfigureAwait(false) == 0 ? change : AlreadyCreated();

        static AccountChange AlreadyCreated() =>
            new(new Dictionary<string, string>(StringComparer.Ordinal) { ["username"] = "The administrator has already been created: sign in instead" }, null);
    }

    public Task<AccountChange> SetRoleAsync(string userName, string? role, Caller caller, CancellationToken cancellationToken) =>
        ChangeAsync(userName, caller, "role-changed", async (account, errors) =>
        {
            if (account.IsCouncilAccount)
            {
                errors["role"] = CouncilRoleMessage;
                return account;
            }

            await CheckRoleAsync(role, errors, cancellationToken).ConfigureAwait(false);
            return errors.Count > 0 ? account : account with { Role = role! };
        }, a => $"{a.UserName} to {a.Role}", cancellationToken);

    public Task<AccountChange> SetDisabledAsync(string userName, bool disabled, Caller caller, CancellationToken cancellationToken) =>
        ChangeAsync(userName, caller, disabled ? "user-disabled" : "user-enabled", (account, errors) =>
        {
            if (disabled && string.Equals(account.NormalizedUserName, UserAccount.Normalize(caller.UserName), StringComparison.Ordinal))
            {
                errors["user"] = "You cannot disable your own account";
            }

            return Task.FromResult(account with { Disabled = disabled });
        }, a => a.UserName, cancellationToken);

    /// <summary>A new password set by an administrator; it also lifts a lockout.</summary>
    public Task<AccountChange> SetPasswordAsync(string userName, string? password, Caller caller, CancellationToken cancellationToken) =>
        ChangeAsync(userName, caller, "password-set", (account, errors) =>
        {
            if (account.IsCouncilAccount)
            {
                errors["password"] = CouncilPasswordMessage;
                return Task.FromResult(account);
            }

            CheckPassword(password, account.UserName, errors);
            return Task.FromResult(errors.Count > 0 ? account : account with { PasswordHash = Hasher.HashPassword(account, password!), AccessFailedCount = 0, LockoutEndUtc = null });
        }, a => a.UserName, cancellationToken);

    /// <summary>Lifts a lockout after too many failed sign-ins (the account's, and any hold the host's throttle keeps), so the person may try again at once.</summary>
    public Task<AccountChange> UnlockAsync(string userName, Caller caller, CancellationToken cancellationToken)
    {
        var released = false;
        return ChangeAsync(
            userName,
            caller,
            "user-unlocked",
            (account, errors) =>
            {
                released = holds.Release(account.UserName);
                return Task.FromResult(account with { AccessFailedCount = 0, LockoutEndUtc = null });
            },
            a => a.UserName,
            cancellationToken,
            changedElsewhere: () => released);
    }

    /// <summary>Whether the account is locked out now after too many failed sign-ins.</summary>
    public bool IsLockedOut(UserAccount account) => LockedUntil(account) is not null;

    /// <summary>When the account's lockout (or the latest hold on its sign-in) ends; null when it may sign in now.</summary>
    public DateTime? LockedUntil(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var now = time.GetUtcNow().UtcDateTime;
        DateTime? locked = account.LockoutEndUtc is { } end && end > now ? end : null;
        DateTime? held = holds.HeldUntil(account.UserName) is { } until && until.UtcDateTime > now ? until.UtcDateTime : null;
        return locked is null ? held : held is null ? locked : (locked > held ? locked : held);
    }

    /// <summary>
    /// A signed-in person changes their own password: the current one must be right, the new one must meet the policy and
    /// be typed twice alike. Errors under "current", "password" and "confirm". Their other sessions end (new security stamp).
    /// </summary>
    public async Task<AccountChange> ChangeOwnPasswordAsync(Caller caller, string? current, string? password, string? confirm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var account = await accounts.FindByNameAsync(caller.UserName, cancellationToken).ConfigureAwait(false);
        if (account is null || account.Disabled)
        {
            errors["current"] = "Your account could not be found: sign in again";
            return new AccountChange(errors, null);
        }

        if (account.IsCouncilAccount)
        {
            errors["current"] = "You sign in with your council account: change its password with the council, not here";
            return new AccountChange(errors, null);
        }

        if (string.IsNullOrEmpty(current) || account.PasswordHash is null
            || Hasher.VerifyHashedPassword(account, account.PasswordHash, current) == PasswordVerificationResult.Failed)
        {
            errors["current"] = "Your current password is not right";
        }

        CheckPassword(password, account.UserName, errors);
        if (!errors.ContainsKey("password") && !string.Equals(password, confirm, StringComparison.Ordinal))
        {
            errors["confirm"] = "The two new passwords are not the same";
        }
        else if (!errors.ContainsKey("password") && string.Equals(password, current, StringComparison.Ordinal))
        {
            errors["password"] = "Choose a new password that is not the same as the current one";
        }

        if (errors.Count > 0)
        {
            return new AccountChange(errors, null);
        }

        var changed = account with { PasswordHash = Hasher.HashPassword(account, password!), SecurityStamp = NewStamp() };
        await accounts.UpdateAsync(changed, cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(caller.UserName, "password-changed", null, account.UserName, cancellationToken).ConfigureAwait(false);
        return new AccountChange(errors, changed);
    }

    /// <summary>Checks a password against the policy; errors under "password".</summary>
    public static void CheckPassword(string? password, string userName, IDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrEmpty(password))
        {
            errors["password"] = "Enter a password";
        }
        else if (password.Length < MinimumPasswordLength)
        {
            errors["password"] = string.Create(CultureInfo.InvariantCulture, $"Passwords must be at least {MinimumPasswordLength} characters");
        }
        else if (password.Length > 256)
        {
            errors["password"] = "Passwords must be 256 characters or fewer";
        }
        else if (password.Distinct().Count() < 4 || (userName.Trim().Length >= 3 && password.Contains(userName.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            // Long but guessable: one character repeated, or the person's own name.
            errors["password"] = "Choose a password that is not your user name or a run of the same few characters";
        }
        else if (CommonPasswords.IsCommon(password))
        {
            // Long but on every guessing list: 123456789012, passwordpassword, qwertyuiopas, Welcome2024!...
            errors["password"] = "This password is too common or too easy to guess. A few unrelated words make a good one";
        }
    }

    private async Task<AccountChange> CreateCoreAsync(
        string? userName,
        string? displayName,
        string? role,
        string? password,
        string by,
        Func<UserAccount, CancellationToken, Task<bool>> create,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var name = userName?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors["username"] = "Enter a user name";
        }
        else if (!UserNamePattern().IsMatch(name))
        {
            errors["username"] = "A user name is 2 to 64 letters, digits, dots, hyphens, underscores or @";
        }
        else if (await accounts.FindByNameAsync(name, cancellationToken).ConfigureAwait(false) is not null)
        {
            errors["username"] = $"The user name '{name}' is already taken";
        }

        await CheckRoleAsync(role, errors, cancellationToken).ConfigureAwait(false);
        CheckPassword(password, name, errors);
        if (errors.Count > 0)
        {
            return new AccountChange(errors, null);
        }

        var account = new UserAccount
        {
            Id = Guid.NewGuid().ToString("N"),
            UserName = name,
            NormalizedUserName = UserAccount.Normalize(name),
            DisplayName = displayName?.Trim() ?? "",
            Role = role!,
            SecurityStamp = NewStamp(),
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        account = account with { PasswordHash = Hasher.HashPassword(account, password!) };
        try
        {
            if (!await create(account, cancellationToken).ConfigureAwait(false))
            {
                errors["username"] = "The administrator has already been created: sign in instead";
                return new AccountChange(errors, null);
            }
        }
        catch (InvalidOperationException e)
        {
            errors["username"] = e.Message;
            return new AccountChange(errors, null);
        }

        await audit.WriteAsync(by, "user-created", null, $"{account.UserName} as {account.Role}", cancellationToken).ConfigureAwait(false);
        return new AccountChange(errors, account);
    }

    private async Task<AccountChange> ChangeAsync(
        string userName,
        Caller caller,
        string auditAction,
        Func<UserAccount, Dictionary<string, string>, Task<UserAccount>> change,
        Func<UserAccount, string> detail,
        CancellationToken cancellationToken,
        Func<bool>? changedElsewhere = null)
    {
        await access.RequireAsync(caller, Permissions.ManageUsers, "manage users", cancellationToken).ConfigureAwait(false);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var account = string.IsNullOrWhiteSpace(userName) ? null : await accounts.FindByNameAsync(userName, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            errors["user"] = $"No user is called '{userName}'";
            return new AccountChange(errors, null);
        }

        var changed = await change(account, errors).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return new AccountChange(errors, null);
        }

        if (changed == account)
        {
            // Nothing changes in the store (the same role, already enabled): no new stamp, and no audit line unless the
            // change was made elsewhere (a hold the host's throttle kept, lifted).
            if (changedElsewhere?.Invoke() == true)
            {
                await audit.WriteAsync(caller.UserName, auditAction, null, detail(account), cancellationToken).ConfigureAwait(false);
            }

            return new AccountChange(errors, account);
        }

        changed = changed with { SecurityStamp = NewStamp() };
        await accounts.UpdateAsync(changed, cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(caller.UserName, auditAction, null, detail(changed), cancellationToken).ConfigureAwait(false);
        return new AccountChange(errors, changed);
    }

    private async Task CheckRoleAsync(string? role, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var known = (await roles.ListAsync(cancellationToken).ConfigureAwait(false)).Select(r => r.Name).Order(StringComparer.Ordinal).ToList();
        if (string.IsNullOrWhiteSpace(role) || !known.Contains(role, StringComparer.Ordinal))
        {
            errors["role"] = known.Count == 0 ? "No roles are defined yet: run the set-up first" : $"Choose a role: {string.Join(", ", known)}";
        }
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    [GeneratedRegex(@"^[A-Za-z0-9._@\-]{2,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserNamePattern();
}

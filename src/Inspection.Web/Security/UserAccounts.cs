using System.Text.RegularExpressions;
using Inspection.Content.Users;
using Microsoft.AspNetCore.Identity;

namespace Inspection.Web.Security;

/// <summary>Creates and changes accounts with the checks a person filling in the form should hear about, field by field.</summary>
public sealed partial class UserAccounts(UserManager<UserAccount> users, RolePermissions roles)
{
    public async Task<(UserAccount? User, IReadOnlyDictionary<string, string> Errors)> CreateAsync(string? userName, string? displayName, string? role, string? password)
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
        else if (await users.FindByNameAsync(name) is not null)
        {
            errors["username"] = $"The user name '{name}' is already taken";
        }

        await CheckRoleAsync(role, errors);
        await CheckPasswordAsync(password, errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var user = new UserAccount { UserName = name, DisplayName = displayName?.Trim() ?? "", Role = role!, CreatedUtc = DateTime.UtcNow };
        var result = await users.CreateAsync(user, password!);
        if (!result.Succeeded)
        {
            errors["username"] = string.Join(". ", result.Errors.Select(e => e.Description));
            return (null, errors);
        }

        return (user, errors);
    }

    public async Task<IReadOnlyDictionary<string, string>> SetRoleAsync(string userId, string? role)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            errors["user"] = "No such user";
            return errors;
        }

        await CheckRoleAsync(role, errors);
        if (errors.Count == 0)
        {
            user.Role = role!;
            // A new stamp ends the user's current sessions at their next request check, so the new role applies.
            await users.UpdateSecurityStampAsync(user);
        }

        return errors;
    }

    public async Task<bool> SetDisabledAsync(string userId, bool disabled)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return false;
        }

        user.Disabled = disabled;
        await users.UpdateSecurityStampAsync(user);
        return true;
    }

    private async Task CheckRoleAsync(string? role, Dictionary<string, string> errors)
    {
        var known = await roles.RoleNamesAsync(CancellationToken.None);
        if (string.IsNullOrWhiteSpace(role) || !known.Contains(role, StringComparer.Ordinal))
        {
            errors["role"] = $"Choose a role: {string.Join(", ", known)}";
        }
    }

    private async Task CheckPasswordAsync(string? password, Dictionary<string, string> errors)
    {
        if (string.IsNullOrEmpty(password))
        {
            errors["password"] = "Enter a password";
            return;
        }

        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, new UserAccount(), password);
            if (!result.Succeeded)
            {
                errors["password"] = string.Join(". ", result.Errors.Select(e => e.Description));
                return;
            }
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9._@\-]{2,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserNamePattern();
}

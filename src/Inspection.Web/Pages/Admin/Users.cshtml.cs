using Inspection.Application.Accounts;
using Inspection.Content.Users;
using Inspection.Readiness.Access;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Admin;

/// <summary>Administrators add people, change their role and disable or enable them, through the same account rules as the command line; every change is audited.</summary>
public sealed class UsersModel(AccountAdministration accounts) : PageModel
{
    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    public IReadOnlyList<string> Roles { get; private set; } = [];

    /// <summary>Each role's description in words, as the roles recipe gives it.</summary>
    public IReadOnlyList<Inspection.Content.Definitions.RoleDefinition> RoleDefinitions { get; private set; } = [];

    public bool IsLockedOut(UserAccount account) => accounts.IsLockedOut(account);

    public DateTime? LockedUntil(UserAccount account) => accounts.LockedUntil(account);

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>What the last change did, carried across the redirect after a post (so a refresh does not post again).</summary>
    [TempData]
    public string? Message { get; set; }

    public string? NewUserName { get; private set; }

    public string? NewDisplayName { get; private set; }

    public string? NewRole { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Forbid();

    public async Task<IActionResult> OnPostCreateAsync(string? username, string? displayname, string? role, string? password)
    {
        var change = await accounts.CreateAsync(username, displayname, role, password, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
        if (change.Succeeded)
        {
            Message = $"{change.Account!.UserName} can now sign in as {Inspection.Content.Definitions.RoleDefinition.Label(change.Account.Role)}.";
            return RedirectToPage();
        }

        (Errors, NewUserName, NewDisplayName, NewRole) = (change.Errors, username, displayname, role);
        return await LoadAsync() ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostRoleAsync(string user, string? role)
    {
        var change = await accounts.SetRoleAsync(user, role, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
        return await AfterAsync(change, () => "Role changed. It applies from the person's next page.");
    }

    public async Task<IActionResult> OnPostDisableAsync(string user, bool disabled)
    {
        var change = await accounts.SetDisabledAsync(user, disabled, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
        return await AfterAsync(change, () => $"{change.Account!.UserName} is now {(disabled ? "disabled" : "enabled")}.");
    }

    public async Task<IActionResult> OnPostUnlockAsync(string user)
    {
        var change = await accounts.UnlockAsync(user, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
        return await AfterAsync(change, () => $"{change.Account!.UserName} is unlocked and may sign in again.");
    }

    public async Task<IActionResult> OnPostPasswordAsync(string user, string? password)
    {
        var change = await accounts.SetPasswordAsync(user, password, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
        return await AfterAsync(change, () => $"A new password is set for {change.Account!.UserName}; give it to them privately. Their sessions have ended.");
    }

    // A change that took is said on the page the redirect lands on; one refused shows its errors on this one.
    private async Task<IActionResult> AfterAsync(AccountChange change, Func<string> message)
    {
        if (change.Succeeded)
        {
            Message = message();
            return RedirectToPage();
        }

        Errors = change.Errors;
        return await LoadAsync() ? Page() : Forbid();
    }

    private async Task<bool> LoadAsync()
    {
        try
        {
            Users = await accounts.ListAsync(await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
            RoleDefinitions = await accounts.RolesAsync(HttpContext.RequestAborted);
            Roles = [.. RoleDefinitions.Select(r => r.Name)];
            return true;
        }
        catch (AccessDeniedException)
        {
            return false;
        }
    }
}

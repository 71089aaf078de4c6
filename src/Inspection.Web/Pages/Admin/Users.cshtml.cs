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

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public string? Message { get; private set; }

    public string? NewUserName { get; private set; }

    public string? NewDisplayName { get; private set; }

    public string? NewRole { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Forbid();

    public async Task<IActionResult> OnPostCreateAsync(string? username, string? displayname, string? role, string? password)
    {
        var change = await accounts.CreateAsync(username, displayname, role, password, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
        if (change.Succeeded)
        {
            Message = $"{change.Account!.UserName} can now sign in as {change.Account.Role}.";
        }
        else
        {
            (Errors, NewUserName, NewDisplayName, NewRole) = (change.Errors, username, displayname, role);
        }

        return await LoadAsync() ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostRoleAsync(string user, string? role)
    {
        var change = await accounts.SetRoleAsync(user, role, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
        Message = change.Succeeded ? "Role changed. It applies from the person's next page." : null;
        Errors = change.Errors;
        return await LoadAsync() ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostDisableAsync(string user, bool disabled)
    {
        var change = await accounts.SetDisabledAsync(user, disabled, await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
        Message = change.Succeeded ? $"{change.Account!.UserName} is now {(disabled ? "disabled" : "enabled")}." : null;
        Errors = change.Errors;
        return await LoadAsync() ? Page() : Forbid();
    }

    private async Task<bool> LoadAsync()
    {
        try
        {
            Users = await accounts.ListAsync(await HttpContext.GetCallerAsync(), HttpContext.RequestAborted);
            Roles = [.. (await accounts.RolesAsync(HttpContext.RequestAborted)).Select(r => r.Name)];
            return true;
        }
        catch (AccessDeniedException)
        {
            return false;
        }
    }
}

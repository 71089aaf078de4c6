using Inspection.Content.Audit;
using Inspection.Content.Users;
using Inspection.Web.Hosting;
using Inspection.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Admin;

/// <summary>Administrators add people, change their role and disable or enable them; every change is audited.</summary>
public sealed class UsersModel(IUserAccountStore accounts, UserAccounts changes, RolePermissions roles, IAuditLog audit) : PageModel
{
    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public string? Message { get; private set; }

    public string? NewUserName { get; private set; }

    public string? NewDisplayName { get; private set; }

    public string? NewRole { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync(string? username, string? displayname, string? role, string? password)
    {
        var (user, errors) = await changes.CreateAsync(username, displayname, role, password);
        if (user is null)
        {
            (Errors, NewUserName, NewDisplayName, NewRole) = (errors, username, displayname, role);
        }
        else
        {
            await audit.WriteAsync((await HttpContext.GetCallerAsync()).UserName, "user-created", null, $"{user.UserName} as {user.Role}", HttpContext.RequestAborted);
            Message = $"{user.UserName} can now sign in as {user.Role}.";
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(string id, string? role)
    {
        var errors = await changes.SetRoleAsync(id, role);
        if (errors.Count > 0)
        {
            Errors = errors;
        }
        else
        {
            await audit.WriteAsync((await HttpContext.GetCallerAsync()).UserName, "role-changed", null, $"{id} to {role}", HttpContext.RequestAborted);
            Message = "Role changed. It applies from the person's next page.";
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, bool disabled)
    {
        var caller = await HttpContext.GetCallerAsync();
        var target = await accounts.FindByIdAsync(id, HttpContext.RequestAborted);
        if (target is null)
        {
            return NotFound();
        }

        if (disabled && string.Equals(target.UserName, caller.UserName, StringComparison.OrdinalIgnoreCase))
        {
            Errors = new Dictionary<string, string>(StringComparer.Ordinal) { ["user"] = "You cannot disable your own account" };
        }
        else
        {
            await changes.SetDisabledAsync(id, disabled);
            await audit.WriteAsync(caller.UserName, disabled ? "user-disabled" : "user-enabled", null, target.UserName, HttpContext.RequestAborted);
            Message = $"{target.UserName} is now {(disabled ? "disabled" : "enabled")}.";
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Users = await accounts.ListAsync(HttpContext.RequestAborted);
        Roles = await roles.RoleNamesAsync(HttpContext.RequestAborted);
    }
}

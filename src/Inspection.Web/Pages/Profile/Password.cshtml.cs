using Inspection.Application.Accounts;
using Inspection.Content.Users;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inspection.Web.Pages.Profile;

/// <summary>A signed-in person changes their own password by the same rules as everywhere (<see cref="AccountAdministration"/>); this session carries on, their others end. It lives outside the Account folder, which is open to everyone.</summary>
public sealed class PasswordModel(AccountAdministration accounts, SignInManager<UserAccount> signIn, UserManager<UserAccount> users) : PageModel
{
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    [TempData]
    public string? Message { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? current, string? password, string? confirm)
    {
        var change = await accounts.ChangeOwnPasswordAsync(await HttpContext.GetCallerAsync(), current, password, confirm, HttpContext.RequestAborted);
        if (!change.Succeeded)
        {
            Errors = change.Errors;
            return Page();
        }

        // The new security stamp ends every session of the account; this one is signed in again so the person carries on.
        if (await users.FindByNameAsync(change.Account!.UserName) is { } user)
        {
            await signIn.RefreshSignInAsync(user);
        }

        Message = "Your password has been changed. Use it the next time you sign in.";
        return RedirectToPage();
    }
}

using Inspection.Content.Users;
using Inspection.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Inspection.Web.Pages.Account;

/// <summary>
/// Signs out (by POST only, so a link on another site cannot). The account gets a new security stamp, so this cookie,
/// and any copy of it, no longer signs anyone in.
/// </summary>
public sealed class SignOutModel(SignInManager<UserAccount> signIn, UserManager<UserAccount> users) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}

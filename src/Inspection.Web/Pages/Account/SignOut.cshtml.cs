using Inspection.Content.Users;
using Inspection.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Inspection.Web.Pages.Account;

/// <summary>Signs out (by POST only, so a link on another site cannot).</summary>
public sealed class SignOutModel(SignInManager<UserAccount> signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}

using Inspection.Application.Accounts;
using Inspection.Content.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Inspection.Web.Security;

namespace Inspection.Web.Pages.Account;

/// <summary>First run only: creates the administrator while no user exists; afterwards it leads to sign-in.</summary>
[EnableRateLimiting(SignInThrottle.PolicyName)]
public sealed class SetupModel(IUserAccountStore accounts, AccountAdministration administration, SignInManager<UserAccount> signIn) : PageModel
{
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string? UserName { get; private set; }

    public string? DisplayName { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await accounts.CountAsync(HttpContext.RequestAborted) > 0 ? Redirect("/account/sign-in") : Page();

    public async Task<IActionResult> OnPostAsync(string? username, string? displayname, string? password)
    {
        if (await accounts.CountAsync(HttpContext.RequestAborted) > 0)
        {
            return Redirect("/account/sign-in");
        }

        UserName = username?.Trim();
        DisplayName = displayname?.Trim();
        var change = await administration.CreateFirstAdministratorAsync(UserName, DisplayName, password, HttpContext.RequestAborted);
        foreach (var (field, message) in change.Errors)
        {
            Errors[field] = message;
        }

        if (change.Account is not { } user)
        {
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect("/");
    }
}

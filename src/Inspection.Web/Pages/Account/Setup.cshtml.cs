using Inspection.Application.Access;
using Inspection.Application.Accounts;
using Inspection.Application.Settings;
using Inspection.Content.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Inspection.Web.Security;

namespace Inspection.Web.Pages.Account;

/// <summary>
/// First run only: creates the administrator while no user exists, and asks which authority the repository serves (an
/// administrator can change it later under Settings); afterwards it leads to sign-in.
/// </summary>
[EnableRateLimiting(SignInThrottle.PolicyName)]
public sealed class SetupModel(
    IUserAccountStore accounts,
    AccountAdministration administration,
    SignInManager<UserAccount> signIn,
    AuthoritySettings settings,
    CallerDirectory callers) : PageModel
{
    private const int MaxAuthority = 200;

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string? UserName { get; private set; }

    public string? DisplayName { get; private set; }

    /// <summary>The authority the repository serves: as set already (the samples' own, when they were loaded), or as typed.</summary>
    public string? Authority { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await accounts.CountAsync(HttpContext.RequestAborted) > 0)
        {
            return Redirect("/account/sign-in");
        }

        Authority = await settings.GetAsync(HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? username, string? displayname, string? password, string? authority)
    {
        if (await accounts.CountAsync(HttpContext.RequestAborted) > 0)
        {
            return Redirect("/account/sign-in");
        }

        UserName = username?.Trim();
        DisplayName = displayname?.Trim();
        Authority = authority?.Trim();
        if (Authority is { Length: > MaxAuthority })
        {
            Errors["authority"] = $"The authority's name must be {MaxAuthority} characters or fewer";
            return Page();
        }

        var change = await administration.CreateFirstAdministratorAsync(UserName, DisplayName, password, HttpContext.RequestAborted);
        foreach (var (field, message) in change.Errors)
        {
            Errors[field] = message;
        }

        if (change.Account is not { } user)
        {
            return Page();
        }

        if (!string.IsNullOrEmpty(Authority)
            && await callers.ForUserAsync(user.UserName, HttpContext.RequestAborted) is { } administrator)
        {
            await settings.SetAsync(Authority, administrator, HttpContext.RequestAborted);
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect("/");
    }
}

using Inspection.Content.Audit;
using Inspection.Content.Users;
using Inspection.Web.Hosting;
using Inspection.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Inspection.Web.Pages.Account;

/// <summary>Sign-in with user name and password; repeated failures lock the account for a while; every attempt is audited.</summary>
public sealed class SignInModel(SignInManager<UserAccount> signIn, UserManager<UserAccount> users, IAuditLog audit, ILogger<SignInModel> logger) : PageModel
{
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string? UserName { get; private set; }

    public string ReturnUrl { get; private set; } = "/";

    public void OnGet(string? returnUrl) => ReturnUrl = SafeReturn(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? username, string? password, string? returnUrl)
    {
        UserName = username?.Trim();
        ReturnUrl = SafeReturn(returnUrl);
        if (string.IsNullOrEmpty(UserName))
        {
            Errors["username"] = "Enter your user name";
        }

        if (string.IsNullOrEmpty(password))
        {
            Errors["password"] = "Enter your password";
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName!, password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            var user = await users.FindByNameAsync(UserName!);
            if (user is not null)
            {
                user.LastSignInUtc = DateTime.UtcNow;
                await users.UpdateAsync(user);
            }

            await audit.WriteAsync(UserName!, "sign-in", null, null, HttpContext.RequestAborted);
            return LocalRedirect(ReturnUrl);
        }

        var reason = result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "account disabled" : "wrong user name or password";
        WebLog.SignInRefused(logger, UserName!, reason);
        await audit.WriteAsync(UserName!, "sign-in-refused", null, reason, HttpContext.RequestAborted);
        Errors["username"] = result.IsLockedOut
            ? "This account is locked after too many failed attempts. Try again in 15 minutes"
            : result.IsNotAllowed
                ? "This account has been disabled. Ask an administrator"
                : "The user name or password is not right";
        return Page();
    }

    private string SafeReturn(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}

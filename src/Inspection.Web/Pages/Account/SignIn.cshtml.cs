using System.Globalization;
using Inspection.Content.Audit;
using Inspection.Content.Users;
using Inspection.Web.Hosting;
using Inspection.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Inspection.Web.Pages.Account;

/// <summary>
/// Sign-in with user name and password; guessing is throttled (<see cref="SignInThrottle"/>); every attempt is audited.
/// A wrong password and an unknown name get the same answer after the same work; only someone who knows the password
/// learns that the account is disabled.
/// </summary>
[EnableRateLimiting(SignInThrottle.PolicyName)]
public sealed class SignInModel(
    SignInManager<UserAccount> signIn,
    IUserAccountStore accounts,
    PasswordVerifier passwords,
    SignInThrottle throttle,
    KnownDevices devices,
    IAuditLog audit,
    TimeProvider time,
    IOptions<CouncilSignInOptions> council,
    ILogger<SignInModel> logger) : PageModel
{
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string? UserName { get; private set; }

    public string ReturnUrl { get; private set; } = "/";

    public CouncilSignInOptions Council => council.Value;

    public void OnGet(string? returnUrl, string? council)
    {
        ReturnUrl = SafeReturn(returnUrl);
        if (string.Equals(council, "failed", StringComparison.Ordinal) && Council.Enabled)
        {
            Errors["council"] = "Signing in with your council account did not finish. Try again";
        }
    }

    /// <summary>Sends the browser to the council's identity provider, which sends it back to <c>/account/council</c>.</summary>
    public IActionResult OnPostCouncil(string? returnUrl)
    {
        if (!Council.Enabled)
        {
            return NotFound();
        }

        var properties = new AuthenticationProperties { RedirectUri = Url.Page("/Account/Council", new { returnUrl = SafeReturn(returnUrl) }) };
        return Challenge(properties, CouncilSignInOptions.Scheme);
    }

    public async Task<IActionResult> OnPostAsync(string? username, string? password, string? returnUrl)
    {
        var cancellationToken = HttpContext.RequestAborted;
        UserName = username?.Trim();
        ReturnUrl = SafeReturn(returnUrl);
        if (!Council.LocalSignInAllowed)
        {
            // Checked before the password, so that a switched-off local account is no oracle for guessing.
            if (!string.IsNullOrEmpty(UserName) && UserName.Length <= 256)
            {
                await RefuseAsync("local accounts are switched off", cancellationToken);
            }

            Response.StatusCode = StatusCodes.Status403Forbidden;
            Errors["council"] = "Sign in with your council account: user names and passwords are switched off here";
            return Page();
        }
        if (string.IsNullOrEmpty(UserName))
        {
            Errors["username"] = "Enter your user name";
        }
        else if (UserName.Length > 256)
        {
            Errors["username"] = "The user name or password is not right";
        }

        if (string.IsNullOrEmpty(password))
        {
            Errors["password"] = "Enter your password";
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var knownDevice = devices.IsKnown(HttpContext, UserName!);
        if (throttle.Wait(address, UserName!, knownDevice) is { } wait)
        {
            await RefuseAsync("throttled", cancellationToken);
            var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Errors["username"] = string.Create(CultureInfo.InvariantCulture, $"Too many failed attempts to sign in as this user. Try again in {minutes} minute{(minutes == 1 ? "" : "s")}");
            return Page();
        }

        var user = await accounts.FindByNameAsync(UserName!, cancellationToken);
        if (!passwords.Verify(user, password!))
        {
            throttle.Failed(address, UserName!, knownDevice);
            await RefuseAsync("wrong user name or password", cancellationToken);
            Errors["username"] = "The user name or password is not right";
            return Page();
        }

        throttle.Succeeded(address, UserName!);
        devices.Remember(HttpContext, UserName!);
        if (user!.Disabled)
        {
            await RefuseAsync("account disabled", cancellationToken);
            Errors["username"] = "This account has been disabled. Ask an administrator";
            return Page();
        }

        user.LastSignInUtc = time.GetUtcNow().UtcDateTime;
        await accounts.UpdateAsync(user, cancellationToken);
        await signIn.SignInAsync(user, isPersistent: false);
        await audit.WriteAsync(user.UserName, "sign-in", null, null, cancellationToken);
        return LocalRedirect(ReturnUrl);
    }

    private async Task RefuseAsync(string reason, CancellationToken cancellationToken)
    {
        WebLog.SignInRefused(logger, UserName!, reason);
        await audit.WriteAsync(UserName!, "sign-in-refused", null, reason, cancellationToken);
    }

    private string SafeReturn(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}

using System.Security.Claims;
using Inspection.Application.Accounts;
using Inspection.Content.Users;
using Inspection.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Inspection.Web.Pages.Account;

/// <summary>
/// Where the council's identity provider's answer lands (through Identity's short-lived external cookie): the person is
/// signed in to their linked account with the role their groups map to, as a local session, or told why not.
/// </summary>
public sealed class CouncilModel(SignInManager<UserAccount> signIn, CouncilSignIn council, IOptions<CouncilSignInOptions> options) : PageModel
{
    public CouncilRefusal? Refusal { get; private set; }

    public string UserName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        var settings = options.Value;
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        if (!settings.Enabled || !external.Succeeded || external.Principal is not { } principal)
        {
            return RedirectToPage("/Account/SignIn");
        }

        // The provider's answer is used once: a refusal must not leave it behind for another try.
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var identity = Read(principal);
        UserName = identity.UserName;
        var groupRoles = new Dictionary<string, string>(settings.GroupRoles, StringComparer.OrdinalIgnoreCase);
        var outcome = await council.SignInAsync(identity, groupRoles, HttpContext.RequestAborted);
        if (outcome.Account is not { } account)
        {
            Refusal = outcome.Refusal;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        await signIn.SignInAsync(account, isPersistent: false);
        return LocalRedirect(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    // Entra ID's oid is the person's id across the tenant's applications; sub (pairwise per application) where there is no oid.
    private static CouncilIdentity Read(ClaimsPrincipal principal)
    {
        var subject = principal.FindFirst("oid") ?? principal.FindFirst("sub") ?? principal.FindFirst(ClaimTypes.NameIdentifier);
        var userName = principal.FindFirstValue("preferred_username") ?? principal.FindFirstValue("upn") ?? principal.FindFirstValue("email") ?? "";
        var groups = principal.FindAll("groups").Concat(principal.FindAll("roles")).Select(c => c.Value).ToList();
        // Entra ID's overage: too many groups for the token, and a pointer to Microsoft Graph in their place.
        var omitted = groups.Count == 0 && (principal.HasClaim(c => c.Type == "hasgroups")
            || principal.FindAll("_claim_names").Any(c => c.Value.Contains("groups", StringComparison.Ordinal)));
        return new CouncilIdentity(
            subject?.Issuer ?? "",
            subject?.Value ?? "",
            userName,
            principal.FindFirstValue("name") ?? "",
            groups,
            omitted);
    }
}

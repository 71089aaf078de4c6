using System.Globalization;
using System.Security.Claims;
using Inspection.Content.Users;
using Inspection.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Inspection.Web.Security;

/// <summary>
/// Checks the sign-in cookie against the store on every request (one look-up by primary key): the account must exist,
/// be enabled, hold the role the cookie names and the security stamp the cookie carries, and the session must be
/// younger than <see cref="WebOptions.SessionAbsoluteHours"/> however active it has been. The stamp changes on sign-out,
/// a new password, disabling and a change of role, so a copied or left-behind cookie stops working at once.
/// </summary>
public sealed class SessionValidator(IOptions<WebOptions> web, IOptions<IdentityOptions> identity, TimeProvider time)
{
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return;
        }

        if (!await IsValidAsync(context.HttpContext, principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }

    private async Task<bool> IsValidAsync(HttpContext http, ClaimsPrincipal principal)
    {
        var claims = identity.Value.ClaimsIdentity;
        var signedIn = principal.FindFirstValue(WebClaims.SignedInUtc);
        if (signedIn is null
            || !long.TryParse(signedIn, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > TimeSpan.FromHours(web.Value.SessionAbsoluteHours))
        {
            return false;
        }

        var id = principal.FindFirstValue(claims.UserIdClaimType);
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        var user = await http.RequestServices.GetRequiredService<IUserAccountStore>().FindByIdAsync(id, http.RequestAborted);
        return user is { Disabled: false }
            && string.Equals(user.SecurityStamp, principal.FindFirstValue(claims.SecurityStampClaimType), StringComparison.Ordinal)
            && string.Equals(user.Role, principal.FindFirstValue(ClaimTypes.Role), StringComparison.Ordinal);
    }
}

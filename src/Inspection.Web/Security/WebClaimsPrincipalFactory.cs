using System.Security.Claims;
using Inspection.Content.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Inspection.Web.Security;

/// <summary>Puts the user's role and display name into the sign-in cookie; permissions are looked up per request, so a role's edit applies at once.</summary>
public sealed class WebClaimsPrincipalFactory(UserManager<UserAccount> users, IOptions<IdentityOptions> options, TimeProvider time)
    : UserClaimsPrincipalFactory<UserAccount>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role));
        identity.AddClaim(new Claim(WebClaims.SignedInUtc, time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(WebClaims.DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName : user.DisplayName));
        if (user.IsCouncilAccount)
        {
            identity.AddClaim(new Claim(WebClaims.CouncilAccount, "true"));
        }

        return identity;
    }
}

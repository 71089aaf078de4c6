using Inspection.Content.Users;
using Microsoft.AspNetCore.Identity;

namespace Inspection.Web.Security;

/// <summary>A disabled account may not sign in (sign-in reports "not allowed"); accounts are disabled rather than deleted.</summary>
public sealed class EnabledAccountConfirmation : IUserConfirmation<UserAccount>
{
    public Task<bool> IsConfirmedAsync(UserManager<UserAccount> manager, UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(!user.Disabled);
    }
}

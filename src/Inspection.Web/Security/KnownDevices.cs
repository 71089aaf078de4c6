using Inspection.Content.Users;
using Microsoft.AspNetCore.DataProtection;

namespace Inspection.Web.Security;

/// <summary>
/// The "device cookie" of OWASP's advice on slowing online guessing: a protected cookie naming the accounts that have
/// signed in from this browser, which lets their owners past the account-wide guessing limit while strangers are held.
/// </summary>
public sealed class KnownDevices(IDataProtectionProvider protection, TimeProvider time)
{
    public const string CookieName = "inspection.device";
    private const int MaxAccounts = 5;
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("Inspection.SignIn.KnownDevice").ToTimeLimitedDataProtector();

    /// <summary>Whether this browser has signed in to the account before.</summary>
    public bool IsKnown(HttpContext context, string userName)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Accounts(context).Contains(UserAccount.Normalize(userName), StringComparer.Ordinal);
    }

    /// <summary>Remembers the account in this browser after a correct password.</summary>
    public void Remember(HttpContext context, string userName)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = UserAccount.Normalize(userName);
        var accounts = Accounts(context).Where(a => !string.Equals(a, name, StringComparison.Ordinal)).Prepend(name).Take(MaxAccounts);
        var value = _protector.Protect(string.Join('\n', accounts), time.GetUtcNow() + Lifetime);
        context.Response.Cookies.Append(CookieName, value, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            IsEssential = true,
            Path = "/account",
            MaxAge = Lifetime,
        });
    }

    private string[] Accounts(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return [];
        }

        try
        {
            return _protector.Unprotect(value).Split('\n');
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Forged, expired or from another key ring: as if there were none.
            return [];
        }
    }
}

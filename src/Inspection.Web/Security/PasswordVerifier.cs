using Inspection.Content.Users;
using Microsoft.AspNetCore.Identity;

namespace Inspection.Web.Security;

/// <summary>
/// Checks a typed password, spending the same work whether or not the account exists: for an unknown name it verifies
/// against a hash of a random password, so the answer's timing does not tell which user names are real.
/// </summary>
public sealed class PasswordVerifier(IPasswordHasher<UserAccount> hasher)
{
    private readonly Lazy<string> _dummyHash = new(() => hasher.HashPassword(new UserAccount(), Guid.NewGuid().ToString("N")));

    /// <summary>True when <paramref name="user"/> exists, has a password and <paramref name="password"/> is it.</summary>
    public bool Verify(UserAccount? user, string password)
    {
        if (user?.PasswordHash is not { } hash)
        {
            hasher.VerifyHashedPassword(new UserAccount(), _dummyHash.Value, password);
            return false;
        }

        return hasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed;
    }
}

namespace Inspection.Content.Users;

/// <summary>
/// A person who may sign in, with one role from the <c>Roles</c> recipe step; the password is kept only as a hash.
/// Settable, because ASP.NET Core Identity's managers work on this object directly (the web app's user type).
/// </summary>
public sealed record UserAccount
{
    public string Id { get; set; } = "";

    public string UserName { get; set; } = "";

    public string NormalizedUserName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Role { get; set; } = "";

    public string? PasswordHash { get; set; }

    public string SecurityStamp { get; set; } = "";

    public int AccessFailedCount { get; set; }

    public DateTime? LockoutEndUtc { get; set; }

    public bool Disabled { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? LastSignInUtc { get; set; }

    /// <summary>For a council account, the issuer of the identity provider (OpenID Connect) that signs the person in; null for a local account.</summary>
    public string? ExternalIssuer { get; set; }

    /// <summary>For a council account, the provider's stable id of the person; null for a local account.</summary>
    public string? ExternalSubject { get; set; }

    /// <summary>Signs in through the council's identity provider: no password here, and the role follows the person's groups there.</summary>
    public bool IsCouncilAccount => ExternalSubject is not null;

    /// <summary>How sign-in compares names: case-insensitively, the same in every culture.</summary>
    public static string Normalize(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        return userName.Trim().ToUpperInvariant();
    }
}

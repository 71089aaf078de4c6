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

    /// <summary>How sign-in compares names: case-insensitively, the same in every culture.</summary>
    public static string Normalize(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        return userName.Trim().ToUpperInvariant();
    }
}

namespace Inspection.Content.Users;

/// <summary>A person who may sign in, with one role from the <c>Roles</c> recipe step; the password is kept only as a hash.</summary>
public sealed record UserAccount
{
    public required string Id { get; init; }

    public required string UserName { get; init; }

    public required string NormalizedUserName { get; init; }

    public string DisplayName { get; init; } = "";

    public required string Role { get; init; }

    public string? PasswordHash { get; init; }

    public string SecurityStamp { get; init; } = "";

    public int AccessFailedCount { get; init; }

    public DateTime? LockoutEndUtc { get; init; }

    public bool Disabled { get; init; }

    public DateTime CreatedUtc { get; init; }

    public DateTime? LastSignInUtc { get; init; }

    /// <summary>How sign-in compares names: case-insensitively, the same in every culture.</summary>
    public static string Normalize(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        return userName.Trim().ToUpperInvariant();
    }
}

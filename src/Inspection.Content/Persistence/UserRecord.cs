namespace Inspection.Content.Persistence;

/// <summary>A person who may sign in: their name, role, password hash and lockout state.</summary>
public sealed class UserRecord
{
    public string Id { get; set; } = "";

    public string UserName { get; set; } = "";

    /// <summary>The upper-cased user name the unique index and sign-in look-ups use.</summary>
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

    /// <summary>For a council account: the issuer of the identity provider that vouches for it; null for a local account.</summary>
    public string? ExternalIssuer { get; set; }

    /// <summary>For a council account: the provider's stable id of the person (Entra ID's <c>oid</c>, else <c>sub</c>).</summary>
    public string? ExternalSubject { get; set; }
}

using Inspection.Content.Users;

namespace Inspection.Web.Security;

/// <summary>The mutable user Identity's managers work on, copied to and from a stored <see cref="UserAccount"/>.</summary>
public sealed class WebUser
{
    public string Id { get; set; } = "";

    public string UserName { get; set; } = "";

    public string NormalizedUserName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Role { get; set; } = "";

    public string? PasswordHash { get; set; }

    public string SecurityStamp { get; set; } = "";

    public int AccessFailedCount { get; set; }

    public DateTimeOffset? LockoutEnd { get; set; }

    public bool Disabled { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? LastSignInUtc { get; set; }

    public static WebUser From(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new WebUser
        {
            Id = account.Id,
            UserName = account.UserName,
            NormalizedUserName = account.NormalizedUserName,
            DisplayName = account.DisplayName,
            Role = account.Role,
            PasswordHash = account.PasswordHash,
            SecurityStamp = account.SecurityStamp,
            AccessFailedCount = account.AccessFailedCount,
            LockoutEnd = account.LockoutEndUtc is { } end ? new DateTimeOffset(end, TimeSpan.Zero) : null,
            Disabled = account.Disabled,
            CreatedUtc = account.CreatedUtc,
            LastSignInUtc = account.LastSignInUtc,
        };
    }

    public UserAccount ToAccount() => new()
    {
        Id = Id,
        UserName = UserName,
        NormalizedUserName = string.IsNullOrEmpty(NormalizedUserName) ? UserAccount.Normalize(UserName) : NormalizedUserName,
        DisplayName = DisplayName,
        Role = Role,
        PasswordHash = PasswordHash,
        SecurityStamp = SecurityStamp,
        AccessFailedCount = AccessFailedCount,
        LockoutEndUtc = LockoutEnd?.UtcDateTime,
        Disabled = Disabled,
        CreatedUtc = CreatedUtc,
        LastSignInUtc = LastSignInUtc,
    };
}

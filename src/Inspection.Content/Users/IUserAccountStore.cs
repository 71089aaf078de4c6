namespace Inspection.Content.Users;

/// <summary>The people who may sign in.</summary>
public interface IUserAccountStore
{
    Task<UserAccount?> FindByIdAsync(string id, CancellationToken cancellationToken);

    Task<UserAccount?> FindByNameAsync(string userName, CancellationToken cancellationToken);

    /// <summary>The council account the identity provider's issuer and subject name; null when none is linked yet.</summary>
    Task<UserAccount?> FindByExternalLoginAsync(string issuer, string subject, CancellationToken cancellationToken);

    /// <summary>Everyone, by user name.</summary>
    Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>Adds an account; a name already taken (in any case) is refused with <see cref="InvalidOperationException"/>.</summary>
    Task CreateAsync(UserAccount account, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the account only while the store holds no account at all, as one atomic step (however many callers race);
    /// false when someone already exists.
    /// </summary>
    Task<bool> CreateFirstAsync(UserAccount account, CancellationToken cancellationToken);

    /// <summary>Replaces the stored account with the same id.</summary>
    Task UpdateAsync(UserAccount account, CancellationToken cancellationToken);
}

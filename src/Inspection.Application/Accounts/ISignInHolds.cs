namespace Inspection.Application.Accounts;

/// <summary>
/// Sign-in attempts a host is holding back for an account after wrong passwords (the web app's throttle); shown beside
/// the account and lifted by an administrator's unlock. A host that throttles nothing (the command line) has none.
/// </summary>
public interface ISignInHolds
{
    /// <summary>When the latest hold on the account's sign-in ends; null when none is in force.</summary>
    DateTimeOffset? HeldUntil(string userName);

    /// <summary>Lifts every hold on the account's sign-in; true when there was one.</summary>
    bool Release(string userName);
}

/// <summary>No holds: for hosts without sign-in throttling.</summary>
public sealed class NoSignInHolds : ISignInHolds
{
    public DateTimeOffset? HeldUntil(string userName) => null;

    public bool Release(string userName) => false;
}

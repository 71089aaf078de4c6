using Inspection.Content.Users;

namespace Inspection.Application.Accounts;

/// <summary>What became of a change to an account: field errors (username, role, password, user), or the account as it now is.</summary>
public sealed record AccountChange(IReadOnlyDictionary<string, string> Errors, UserAccount? Account)
{
    public bool Succeeded => Errors.Count == 0;
}

using Inspection.Content.Users;

namespace Inspection.Application.Accounts;

/// <summary>The account to sign in (as it now is, with its role from the groups), or why not.</summary>
public sealed record CouncilSignInOutcome(UserAccount? Account, CouncilRefusal? Refusal)
{
    public bool Succeeded => Account is not null;
}

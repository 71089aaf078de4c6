namespace Inspection.Application.Accounts;

/// <summary>
/// A person as the council's identity provider vouched for them (an OpenID Connect id token): who issued it, the
/// person's stable id there, the names to show, and the group and app-role values that decide their role here.
/// <paramref name="GroupsOmitted"/> says the provider left the groups out because the person is in too many (Entra ID's overage).
/// </summary>
public sealed record CouncilIdentity(
    string Issuer,
    string Subject,
    string UserName,
    string DisplayName,
    IReadOnlyCollection<string> Groups,
    bool GroupsOmitted = false);

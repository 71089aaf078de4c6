using Inspection.Content.Evidence;

namespace Inspection.Readiness.Authority;

/// <summary>
/// Our authority, as far as readiness is concerned: evidence whose organisation is not recognised counts as ours (the
/// repository holds it for us); evidence that names another organisation is a peer's. With no authority set, all is ours.
/// </summary>
public sealed record AuthorityScope(string? Authority)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);

    public bool IsOurs(string? organisation) =>
        !IsConfigured || string.IsNullOrWhiteSpace(organisation) || OrganisationNames.Same(organisation, Authority);
}

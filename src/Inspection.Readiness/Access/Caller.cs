using Inspection.Content.Evidence;

namespace Inspection.Readiness.Access;

/// <summary>
/// Who is asking and what their role lets them do and see: every use case takes one, whichever host (page, API, command)
/// it comes from, so that what a person may see is decided by <see cref="AccessPolicy"/> alone.
/// </summary>
public sealed record Caller(string UserName, string DisplayName, string? Role, IReadOnlySet<string> Permissions, IReadOnlyList<string> AllowedClassifications)
{
    /// <summary>Nobody signed in: no permissions, nothing visible.</summary>
    public static Caller Anonymous { get; } = new("", "", null, new HashSet<string>(StringComparer.Ordinal), []);

    public bool IsSignedIn => UserName.Length > 0;

    public bool Can(string permission) => Permissions.Contains(permission);

    /// <summary>Whether evidence of this classification is visible; unclassified evidence counts as Official.</summary>
    public bool MaySee(string? classification) =>
        AllowedClassifications.Contains(classification ?? Classifications.Official, StringComparer.Ordinal);

    /// <summary>A signed-in person with their role's permissions; the classifications follow from the viewing permissions.</summary>
    public static Caller ForRole(string userName, string? displayName, string? role, IReadOnlySet<string> permissions)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(permissions);
        return new Caller(userName, string.IsNullOrWhiteSpace(displayName) ? userName : displayName, role, permissions, Access.Permissions.Classifications(permissions));
    }

    /// <summary>
    /// The person at the server's console (the CLI): whoever can read the data folder holds everything in it anyway, so they
    /// may do anything; <paramref name="allow"/> narrows what they see, to answer as a less trusted role would.
    /// </summary>
    public static Caller Operator(string userName, IReadOnlyCollection<string>? allow = null)
    {
        ArgumentNullException.ThrowIfNull(userName);
        var classifications = allow is { Count: > 0 }
            ? Classifications.All.Where(c => allow.Contains(c, StringComparer.Ordinal)).ToList()
            : [.. Classifications.All];
        return new Caller(userName, userName, null, Access.Permissions.All.ToHashSet(StringComparer.Ordinal), classifications);
    }

    /// <summary>The same person seeing only these of their classifications (an evidence pack that leaves Personal out).</summary>
    public Caller Narrowed(IReadOnlyCollection<string> classifications)
    {
        ArgumentNullException.ThrowIfNull(classifications);
        return this with { AllowedClassifications = [.. AllowedClassifications.Where(c => classifications.Contains(c, StringComparer.Ordinal))] };
    }
}

using Inspection.Content.Evidence;

namespace Inspection.Readiness.Authority;

/// <summary>
/// Which organisations' evidence a list shows: ours (the default), everyone else's ("elsewhere"), all, or one organisation by
/// name, however it is written. Parsed from what a page, the API or the CLI was given.
/// </summary>
public sealed record OrganisationFilter
{
    public const string OursValue = "ours";
    public const string ElsewhereValue = "elsewhere";
    public const string AllValue = "all";

    private OrganisationFilter(string value, string? name)
    {
        Value = value;
        Name = name;
    }

    public static OrganisationFilter Ours { get; } = new(OursValue, null);

    public static OrganisationFilter Elsewhere { get; } = new(ElsewhereValue, null);

    public static OrganisationFilter All { get; } = new(AllValue, null);

    /// <summary>What to put back in a form or link: "ours", "elsewhere", "all" or the organisation's name.</summary>
    public string Value { get; }

    /// <summary>The organisation named, for a filter of one organisation.</summary>
    public string? Name { get; }

    /// <summary>Empty means ours; "ours", "elsewhere" (or "peers") and "all" are the groups; anything else names an organisation.</summary>
    public static OrganisationFilter Parse(string? text)
    {
        var value = text?.Trim() ?? "";
        return value.ToLowerInvariant() switch
        {
            "" or OursValue => Ours,
            ElsewhereValue or "peers" => Elsewhere,
            AllValue or "any" => All,
            _ => new OrganisationFilter(value, value),
        };
    }

    public bool Includes(string? organisation, AuthorityScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Value switch
        {
            OursValue => scope.IsOurs(organisation),
            ElsewhereValue => !scope.IsOurs(organisation),
            AllValue => true,
            _ => OrganisationNames.Same(organisation, Name),
        };
    }
}

using Inspection.Readiness.Authority;

namespace Inspection.Web.Evidence;

/// <summary>What the organisation filter of a list offers: ours, elsewhere, all, and each organisation the evidence names.</summary>
public sealed record OrganisationChoice(string Selected, string? Authority, IReadOnlyList<string> Organisations, string DefaultValue)
{
    /// <summary>The options as (value, label), the list's default first.</summary>
    public IEnumerable<(string Value, string Label)> Options()
    {
        var groups = new List<(string Value, string Label)>
        {
            (OrganisationFilter.OursValue, Authority is null ? "Ours (no authority set: every organisation)" : $"Ours: {Authority}"),
            (OrganisationFilter.ElsewhereValue, "Elsewhere: every other organisation"),
            (OrganisationFilter.AllValue, "All organisations"),
        };
        var first = groups.FindIndex(g => string.Equals(g.Value, DefaultValue, StringComparison.Ordinal));
        if (first > 0)
        {
            (groups[0], groups[first]) = (groups[first], groups[0]);
        }

        return groups.Concat(Organisations
            .Where(o => Authority is null || !Content.Evidence.OrganisationNames.Same(o, Authority))
            .Select(o => (o, o)));
    }

    public bool IsSelected(string value) =>
        string.Equals(value, string.IsNullOrWhiteSpace(Selected) ? DefaultValue : Selected, StringComparison.OrdinalIgnoreCase);
}

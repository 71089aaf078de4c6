namespace Inspection.Readiness.Frameworks;

/// <summary>An inspection framework (ILACS, area SEND 2016 or 2023, the schools' EIF) and its themes, parents before children.</summary>
public sealed record FrameworkDefinition(string Id, string Title, string? Description, IReadOnlyList<ThemeDefinition> Themes)
{
    /// <summary>The published framework the themes were checked against (its title, publisher and date, and where to find it).</summary>
    public string? Source { get; init; }

    /// <summary>When the themes were last checked against <see cref="Source"/>.</summary>
    public DateOnly? Checked { get; init; }
}

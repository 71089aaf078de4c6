namespace Inspection.Readiness.Frameworks;

/// <summary>An inspection framework (ILACS, area SEND 2016 or 2023, the schools' EIF) and its themes, parents before children.</summary>
public sealed record FrameworkDefinition(string Id, string Title, string? Description, IReadOnlyList<ThemeDefinition> Themes);

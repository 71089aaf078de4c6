namespace Inspection.Readiness.Coverage;

/// <summary>Coverage of every theme of one framework.</summary>
public sealed record FrameworkCoverage(string Framework, string Title, IReadOnlyList<ThemeCoverage> Themes);

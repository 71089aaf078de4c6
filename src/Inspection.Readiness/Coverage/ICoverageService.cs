namespace Inspection.Readiness.Coverage;

/// <summary>Evidence against a framework's themes, theme by theme, with gap flags; trimmed to what the caller may see.</summary>
public interface ICoverageService
{
    Task<FrameworkCoverage> GetAsync(string frameworkId, IReadOnlyCollection<string> allowedClassifications, CancellationToken cancellationToken);
}

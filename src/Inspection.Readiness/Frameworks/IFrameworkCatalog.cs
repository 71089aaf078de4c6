namespace Inspection.Readiness.Frameworks;

/// <summary>The frameworks and themes held in the store (loaded from recipes, editable by an administrator).</summary>
public interface IFrameworkCatalog
{
    Task<IReadOnlyList<FrameworkDefinition>> ListAsync(CancellationToken cancellationToken);

    Task<FrameworkDefinition?> GetAsync(string frameworkId, CancellationToken cancellationToken);

    Task<ThemeDefinition?> GetThemeAsync(string themeId, CancellationToken cancellationToken);

    /// <summary>Saves an edited theme; its evidence changes on the next query, with no reindex.</summary>
    Task SaveThemeAsync(ThemeDefinition theme, CancellationToken cancellationToken);
}

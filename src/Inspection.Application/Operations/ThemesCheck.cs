using Inspection.Readiness.Frameworks;
using Inspection.Readiness.Themes;

namespace Inspection.Application.Operations;

/// <summary>The theme results kept beside the index agree with searching the index now (what coverage reads in a new process).</summary>
public sealed class ThemesCheck(IFrameworkCatalog catalog, ThemeCacheCheck themes) : IIntegrityCheckSection
{
    public string Name => "themes";

    public string Title => "Theme results kept beside the index agree with the index";

    public async Task<CheckSection> RunAsync(IntegrityCheckOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var found = new CheckFindings(options);
        var frameworks = await catalog.ListAsync(cancellationToken).ConfigureAwait(false);
        var report = themes.Check(frameworks);
        foreach (var file in report.Wrong)
        {
            found.Problem("theme-results-wrong", $"index.themes/{file} differs from searching its segment now (delete index.themes/ or run 'inspection reindex')");
        }

        foreach (var file in report.Unreadable)
        {
            found.Notice("theme-results-unreadable", $"index.themes/{file} cannot be read; it is recomputed when needed");
        }

        if (report.StaleFiles > 0)
        {
            found.Notice("theme-results-stale", $"{report.StaleFiles} file(s) in index.themes/ belong to segments the index no longer has; the next warm-up removes them");
        }

        found.Figure("frameworks", frameworks.Count);
        found.Figure("themes", report.Themes);
        found.Figure("segments", report.Segments);
        found.Figure("filesChecked", report.FilesChecked);
        found.Figure("staleFiles", report.StaleFiles);
        return found.ToSection(Name, Title);
    }
}

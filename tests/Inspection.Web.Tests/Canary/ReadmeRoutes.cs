using System.Text.RegularExpressions;

namespace Inspection.Web.Tests.Canary;

/// <summary>
/// The pages and GET endpoints the README's "The web application" section names (<c>`/documents/{id}`</c>,
/// <c>`GET /api/jobs/{id}`</c>), so that a page or endpoint added to the README is walked without editing the test.
/// </summary>
public static partial class ReadmeRoutes
{
    public static IReadOnlyList<string> Templates()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "README.md")))
        {
            directory = directory.Parent;
        }

        Assert.True(directory is not null, "no README.md above the test folder");
        var readme = File.ReadAllText(Path.Combine(directory.FullName, "README.md"));
        var start = readme.IndexOf("## The web application", StringComparison.Ordinal);
        var end = readme.IndexOf("## The command line", start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "the README has no 'The web application' section before 'The command line'");
        var routes = Route().Matches(readme[start..end])
            .Select(m => m.Groups["path"].Value)
            .Select(p => p.Split('?')[0])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(routes.Count >= 10, $"only {routes.Count} routes read from the README: {string.Join(", ", routes)}");
        return routes;
    }

    // `/path` or `GET /path`, not `POST ...`: the walk only reads.
    [GeneratedRegex("`(?:GET )?(?<path>/[^`\\s]*)`")]
    private static partial Regex Route();
}

using Inspection.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Inspection.Web.Tests.Browser;

/// <summary>
/// Deque's axe-core (from npm, restored by the test project's build) run in the page as it stands: every rule axe enables by
/// default (WCAG 2.0 to 2.2 A and AA, and its best practices), and a violation of any impact fails.
/// </summary>
public static class AxeCore
{
    private static readonly Lazy<string> Source = new(() =>
    {
        var path = Path.Combine(CorpusFiles.RepoRoot, "tests", "Inspection.Web.Tests", "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(path), $"{path} is missing: the test project's build restores it with `npm ci` (Node.js is needed)");
        return File.ReadAllText(path);
    });

    private const string Run = """
        async () => {
          const results = await window.axe.run(document, { resultTypes: ['violations'] });
          return results.violations.map(v =>
            `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', ')}${v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ''}`);
        }
        """;

    /// <summary>Runs axe in the page (injected through the browser's debugging protocol, so the site's script policy need not allow it).</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync("() => { " + Source.Value + "\n}");
        }

        return await page.EvaluateAsync<string[]>(Run);
    }

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"axe-core on {page.Url}: {string.Join("; ", violations)}");
    }
}

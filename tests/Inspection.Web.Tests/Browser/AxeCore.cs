using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Inspection.Web.Tests.Browser;

/// <summary>
/// Deque's axe-core (the Deque.AxeCore.Playwright package, which carries axe's script) run in the page as it stands: every
/// rule axe enables by default (WCAG 2.0 to 2.2 A and AA, and its best practices), and a violation of any impact fails.
/// The one way the browser tests run axe: the week's walk and the page-by-page walk both come here.
/// </summary>
public static class AxeCore
{
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var results = await page.RunAxe();
        return [.. results.Violations.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(5).Select(n => n.Target?.ToString()))}{(v.Nodes.Length > 5 ? $" and {v.Nodes.Length - 5} more" : "")}")];
    }
}

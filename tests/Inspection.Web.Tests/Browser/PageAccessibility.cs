using Microsoft.Playwright;

namespace Inspection.Web.Tests.Browser;

/// <summary>Checks a screen-reader user depends on, run in the page: one h1, landmarks, every control named, no skipped heading levels; with axe-core beside them.</summary>
public static class PageAccessibility
{
    private const string Script = """
        () => {
          const problems = [];
          const h1s = document.querySelectorAll('h1');
          if (h1s.length !== 1) problems.push(`expected one h1, found ${h1s.length}`);
          if (!document.querySelector('main')) problems.push('no main landmark');
          if (!document.documentElement.lang) problems.push('no lang on html');
          if (!document.title.trim()) problems.push('empty title');
          for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea, button')) {
            const labelled = (el.labels && el.labels.length > 0) || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')
              || (el.tagName === 'BUTTON' && el.textContent.trim());
            if (!labelled) problems.push(`unnamed ${el.tagName.toLowerCase()} ${el.id || el.name || ''}`);
          }
          for (const a of document.querySelectorAll('a')) {
            if (!a.textContent.trim() && !a.getAttribute('aria-label')) problems.push(`link without text to ${a.getAttribute('href')}`);
          }
          for (const img of document.querySelectorAll('img')) {
            if (!img.hasAttribute('alt')) problems.push('image without alt');
          }
          let last = 0;
          for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
            const level = Number(h.tagName[1]);
            if (last && level > last + 1) problems.push(`heading level jumps from h${last} to h${level}: ${h.textContent.trim().slice(0, 40)}`);
            last = level;
          }
          const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
          const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
          if (dupes.length) problems.push(`duplicate ids: ${[...new Set(dupes)].join(', ')}`);
          return problems;
        }
        """;

    /// <summary>The checks above and Deque's axe-core: every browser test that looks at a page runs both.</summary>
    public static async Task AssertUsableAsync(IPage page)
    {
        var problems = await ProblemsAsync(page);
        var violations = await AxeCore.ViolationsAsync(page);
        Assert.True(problems.Count == 0 && violations.Count == 0, $"{page.Url}: {string.Join("; ", problems.Concat(violations))}");
    }

    /// <summary>The checks above only, for a walk that gathers every page's axe violations before failing.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);

        // A click on a link returns once the navigation starts; on a busy machine the new page's body may still be
        // arriving, and an empty document has no h1 and no main. Wait for the page that is there to be parsed: the checks
        // read the document, not its pictures or styles (waiting for every resource's load timed out once on a busy CI).
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        return await page.EvaluateAsync<string[]>(Script);
    }
}

using Inspection.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Inspection.Web.Tests.Browser;

/// <summary>
/// axe-core run in every page the app has, in the states people meet them (empty, with results, with errors), on a desktop
/// screen and on a phone's: no violation of any rule, whatever its impact.
/// </summary>
public sealed class AxeWalkTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [BrowserFact]
    public async Task NoPageHasAnAxeViolationOnADesktopOrAPhone()
    {
        var violations = new List<string>();
        foreach (var (width, height) in new[] { (1280, 900), (375, 812) })
        {
            var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = site.BaseAddress,
                Locale = "en-GB",
                ViewportSize = new ViewportSize { Width = width, Height = height },
            });
            var page = await context.NewPageAsync();

            // Before signing in: the sign-in page, a refused sign-in and the accessibility statement.
            await CheckAsync(page, "/account/sign-in", violations, width);
            await page.GetByLabel("User name").FillAsync("admin");
            await page.GetByLabel("Password").FillAsync("not the password");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await CheckAsync(page, null, violations, width);
            await CheckAsync(page, "/accessibility", violations, width);

            await page.GotoAsync("/account/sign-in");
            await page.GetByLabel("User name").FillAsync("admin");
            await page.GetByLabel("Password").FillAsync(InspectionWebFactory.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            // Signing in hashes the password and renders the first search page: slow when the suite shares two cores.
            await page.WaitForURLAsync(site.BaseAddress + "/", new() { Timeout = 90_000 });

            // A phone's screen changes the layout, not the markup: the pages with the most layout are walked there too.
            var paths = width > 400
                ? new[]
                {
                    "/", "/?q=children", "/?q=children&page=2", "/?q=care&after=31/13/2024", "/?q=zzzzqqq",
                    "/documents", "/documents/deleted", "/searches", "/coverage", "/coverage?framework=ilacs", "/findings",
                    "/plan", "/briefing", "/briefing?theme=ilacs", "/packs", "/packs?theme=ilacs", "/upload", "/jobs", "/items/new",
                    "/admin/audit", "/admin/users", "/admin/health", "/admin/settings", "/account/password", "/accessibility", "/no-such-page",
                }
                : ["/?q=children", "/documents", "/coverage?framework=ilacs", "/findings", "/plan", "/packs", "/jobs", "/admin/users", "/admin/audit"];
            foreach (var path in paths)
            {
                await CheckAsync(page, path, violations, width);
            }

            // Pages reached from others: a document, its versions, its correction form and its PDF at a passage; a finding.
            await page.GotoAsync("/documents");
            var document = await page.Locator("main table a[href^='/documents/']").First.GetAttributeAsync("href");
            foreach (var path in new[] { document!, document + "/versions", document + "/edit" })
            {
                await CheckAsync(page, path, violations, width);
            }

            await page.GotoAsync("/?q=%22return+home+interviews%22");
            var pdf = await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Open the PDF at") }).First.GetAttributeAsync("href");
            await page.GotoAsync(pdf!);
            await page.Locator("#pdf-view[data-rendered]").WaitForAsync();
            await CheckAsync(page, null, violations, width);

            await page.GotoAsync("/findings");
            await page.Locator("main h2 a").First.ClickAsync();
            await CheckAsync(page, null, violations, width);

            // Forms sent with mistakes: the error summary and the messages beside the fields.
            await page.GotoAsync("/upload");
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
            await CheckAsync(page, null, violations, width);
            await page.GotoAsync("/account/password");
            await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
            await CheckAsync(page, null, violations, width);

            // On a phone the service navigation folds into its menu button; opened, it must pass too.
            if (width < 400)
            {
                await page.GotoAsync("/");
                await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Coverage" })).ToBeVisibleAsync();
                await CheckAsync(page, null, violations, width);
            }

            await context.CloseAsync();
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    private static async Task CheckAsync(IPage page, string? path, List<string> violations, int width)
    {
        if (path is not null)
        {
            await page.GotoAsync(path);
        }

        foreach (var v in await AxeCore.ViolationsAsync(page))
        {
            violations.Add($"{width}px {new Uri(page.Url).PathAndQuery}: {v}");
        }

        foreach (var problem in await PageAccessibility.ProblemsAsync(page))
        {
            violations.Add($"{width}px {new Uri(page.Url).PathAndQuery}: {problem}");
        }

        // Nothing makes the page itself wider than the screen (WCAG reflow): a wide table scrolls in its own box, and
        // such a box can be reached by the keyboard and has a name.
        var sideways = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (sideways > 1)
        {
            // Named by the innermost elements that stick out, so a failure says where to look.
            var culprits = await page.EvaluateAsync<string>(
                """
                () => {
                  const edge = document.documentElement.clientWidth + 1;
                  const out = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > edge
                    && !e.closest('.app-table-scroll, .visually-hidden') && ![...e.children].some(c => c.getBoundingClientRect().right > edge));
                  return out.slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '')).join(', ');
                }
                """);
            violations.Add($"{width}px {new Uri(page.Url).PathAndQuery}: the page scrolls sideways by {sideways}px ({culprits})");
        }

        var unreachable = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('.app-table-scroll')].filter(b => b.scrollWidth > b.clientWidth + 1 && !(b.tabIndex === 0 && b.getAttribute('aria-label'))).length");
        if (unreachable > 0)
        {
            violations.Add($"{width}px {new Uri(page.Url).PathAndQuery}: {unreachable} wide table(s) the keyboard cannot scroll");
        }
    }
}

using Microsoft.Playwright;

namespace Inspection.Web.Tests.Browser;

/// <summary>The pages in headless Chromium, driven by keyboard and found by accessible name, as a screen-reader or keyboard user would.</summary>
public sealed class BrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [BrowserFact]
    public async Task SignInAndSearchByKeyboardThenOpenTheResult()
    {
        var page = await site.SignedInPageAsync("viewer");
        await PageAccessibility.AssertUsableAsync(page);

        // The skip link is the first thing the Tab key reaches.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search words" }).FillAsync("\"return home interviews\"");
        await page.Keyboard.PressAsync("Enter");
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 2, NameRegex = new System.Text.RegularExpressions.Regex("passages found") });
        await heading.WaitForAsync();
        await PageAccessibility.AssertUsableAsync(page);

        var first = page.GetByRole(AriaRole.Link, new() { Name = "Thematic audit: return home interviews" }).First;
        await first.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = new System.Text.RegularExpressions.Regex("^Thematic audit") }).WaitForAsync();
        Assert.Contains("29 August 2025", await page.Locator("dl.summary-list").InnerTextAsync(), StringComparison.Ordinal);
        await PageAccessibility.AssertUsableAsync(page);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task ASearchHitOpensThePdfAtItsPageWithTheSearchedWordsMarked()
    {
        var page = await site.SignedInPageAsync("viewer");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search words" }).FillAsync("\"return home interviews\"");
        await page.Keyboard.PressAsync("Enter");
        var open = page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Open the PDF at pages? \\d+.* of Thematic audit") }).First;
        await open.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        // pdf.js, served by the app itself, draws the page and marks the words; the status line says how many.
        var view = page.Locator("#pdf-view");
        await Assertions.Expect(view).ToHaveAttributeAsync("data-rendered", new System.Text.RegularExpressions.Regex("^\\d+$"), new() { Timeout = 30_000 });
        Assert.True(await page.Locator(".textLayer mark").CountAsync() > 0, "the searched words are marked on the page");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Page \\d+ of \\d+: \\d+ words? marked"));
        Assert.True(await page.Locator(".passage mark").CountAsync() > 0, "the page's text, below, marks them too");
        await PageAccessibility.AssertUsableAsync(page);

        // The next page by keyboard.
        var next = page.GetByRole(AriaRole.Button, new() { Name = "Next page" });
        if (await next.IsEnabledAsync())
        {
            var before = await view.GetAttributeAsync("data-rendered");
            await next.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(view).Not.ToHaveAttributeAsync("data-rendered", before!);
        }

        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task UploadShowsProgressAndEndsWithALinkToTheNewDocument()
    {
        var page = await site.SignedInPageAsync("lead");
        await page.GetByRole(AriaRole.Link, new() { Name = "Upload" }).ClickAsync();
        await PageAccessibility.AssertUsableAsync(page);
        var file = Path.Combine(site.Factory.DataDirectory, "meeting-note.md");
        await File.WriteAllTextAsync(file, "# Corporate parenting panel note\n\nThe panel heard that return home interviews were offered to nine in ten children who went missing.\n");
        await page.GetByLabel("Files").SetInputFilesAsync(file);
        await page.GetByLabel("Official-Sensitive").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();

        // The status line is a polite live region that the page's script keeps current until the job ends.
        var status = page.GetByRole(AriaRole.Status);
        await Assertions.Expect(status).ToContainTextAsync("Finished: 1 of 1 files", new() { Timeout = 60_000 });
        await PageAccessibility.AssertUsableAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Open the document made from meeting-note.md" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Corporate parenting panel note");
        await Assertions.Expect(page.Locator("dl.summary-list")).ToContainTextAsync("Official-Sensitive");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task FilterErrorsAreSummarisedAndEachLinksToItsField()
    {
        var page = await site.SignedInPageAsync("viewer");
        await page.GetByText("Filters and order: kind of evidence, theme, dates").ClickAsync();
        await page.GetByLabel("From").FillAsync("not a date");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search words" }).FillAsync("audit");
        await page.Keyboard.PressAsync("Enter");
        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("There is a problem");
        // Focus moves to the summary so it is read out first.
        Assert.Equal("alert", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('role')"));
        await summary.GetByRole(AriaRole.Link).ClickAsync();
        Assert.Equal("after", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await PageAccessibility.AssertUsableAsync(page);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task AfterAnActionFocusIsOnWhatWasDoneAndAFieldIsReadWithItsHintAndError()
    {
        var page = await site.SignedInPageAsync("lead");
        await page.GotoAsync($"{site.BaseAddress}/plan");
        await page.GetByLabel("Action", new() { Exact = true }).FillAsync("Audit supervision in the kittiwake team");
        await page.GetByLabel("Due").FillAsync("31/02/2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add action" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("There is a problem");
        await page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link).ClickAsync();
        Assert.Equal("due", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        var description = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-describedby').split(' ').map(id => document.getElementById(id).textContent.trim()).join(' | ')");
        Assert.Equal("For example 31/03/2027 | Error: 31/02/2027 is not a real date: February 2027 has 28 days", description);

        await page.GetByLabel("Due").FillAsync("28/02/2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add action" }).ClickAsync();
        await page.GetByText("Action added: Audit supervision in the kittiwake team.").WaitForAsync();

        // Before: the page loaded afresh with focus at its top, and the banner saying what was done was not read.
        var focused = await page.EvaluateAsync<string>("() => document.activeElement === document.body ? 'the page' : document.activeElement.getAttribute('aria-label') + ': ' + document.activeElement.textContent.trim()");
        Assert.Equal("Success: Success Action added: Audit supervision in the kittiwake team.", System.Text.RegularExpressions.Regex.Replace(focused, @"\s+", " "));
        await PageAccessibility.AssertUsableAsync(page);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task EveryMainPageIsUsableWithAScreenReader()
    {
        var page = await site.SignedInPageAsync("lead");
        foreach (var path in new[] { "/documents", "/coverage?framework=ilacs", "/findings", "/briefing?theme=ilacs", "/upload", "/jobs", "/packs?theme=ilacs", "/plan", "/accessibility" })
        {
            await page.GotoAsync(path);
            await PageAccessibility.AssertUsableAsync(page);
        }

        // A finding's own page, reached from the list by its link.
        await page.GotoAsync("/findings");
        await page.Locator("main h2 a").First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Find evidence to link" }).WaitForAsync();
        await PageAccessibility.AssertUsableAsync(page);
        await page.Context.CloseAsync();
    }
}

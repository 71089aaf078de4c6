using Microsoft.Playwright;

namespace Inspection.Web.Tests.Browser;

/// <summary>Writing evidence in the app, by keyboard and accessible names: a mistake summarised and fixed, a draft published, a change compared with the version before.</summary>
public sealed class AuthoringBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [BrowserFact]
    public async Task ALeadWritesAnImpactStatementFixesAMistakeEditsItAndComparesTheVersions()
    {
        var page = await site.SignedInPageAsync("lead");
        await page.GotoAsync("/items/new");
        await PageAccessibility.AssertUsableAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Impact statement", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Impact statement");
        await PageAccessibility.AssertUsableAsync(page);

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Impact of the return home interview service, autumn 2026");
        await page.GetByLabel("Text (optional)", new() { Exact = true }).FillAsync("Return home interviews are now offered within **72 hours** to nine in ten children who go missing.\n\n- Offers within 72 hours: 91%\n- Take-up: 74%");
        await page.GetByLabel("Document date").FillAsync("31/13/2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();

        // The error is summarised at the top, the summary takes focus, and its link leads to the field.
        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("There is a problem");
        Assert.Equal("alert", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('role')"));
        await PageAccessibility.AssertUsableAsync(page);
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        Assert.Equal("INPUT", await page.EvaluateAsync<string>("() => document.activeElement.tagName"));

        // What was typed is kept; only the date needs fixing.
        await Assertions.Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("Impact of the return home interview service, autumn 2026");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("30/11/2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Impact of the return home interview service, autumn 2026");
        await Assertions.Expect(page.Locator("dl.summary-list")).ToContainTextAsync("30 November 2026");
        // The Markdown is shown as text with emphasis and a list, not as asterisks.
        await Assertions.Expect(page.Locator("strong", new() { HasTextString = "72 hours" }).First).ToBeVisibleAsync();
        Assert.DoesNotContain("**72 hours**", await page.ContentAsync(), StringComparison.Ordinal);
        await PageAccessibility.AssertUsableAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit every field" }).ClickAsync();
        await PageAccessibility.AssertUsableAsync(page);
        await page.GetByLabel("Text (optional)", new() { Exact = true }).FillAsync("Return home interviews are now offered within **72 hours** to nine in ten children who go missing.\n\n- Offers within 72 hours: 93%\n- Take-up: 78%");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Impact of the return home interview service, autumn 2026");

        await page.GetByRole(AriaRole.Link, new() { Name = "Versions and changes" }).ClickAsync();
        await PageAccessibility.AssertUsableAsync(page);
        await page.GetByLabel("Older").SelectOptionAsync(new SelectOptionValue { Label = "Version 1" });
        await page.GetByLabel("Newer").SelectOptionAsync(new SelectOptionValue { Label = "Version 2" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Version 1 compared with version 2" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".diff del").First).ToContainTextAsync("91%");
        await Assertions.Expect(page.Locator(".diff ins").First).ToContainTextAsync("93%");
        await PageAccessibility.AssertUsableAsync(page);
        await page.Context.CloseAsync();
    }
}

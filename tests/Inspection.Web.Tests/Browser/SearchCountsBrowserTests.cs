using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Inspection.Web.Tests.Browser;

/// <summary>
/// The search page's counts come after its hits: with script they load into a polite live region without moving focus;
/// without script a link shows them in the page, and the filters still work. Both states pass axe-core.
/// </summary>
public sealed class SearchCountsBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [BrowserFact]
    public async Task WithScriptTheCountsLoadIntoAPoliteRegionAndFocusStaysWhereItWas()
    {
        var page = await site.SignedInPageAsync("viewer");
        await page.GotoAsync("/?q=children");
        var search = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search words" });
        await search.FocusAsync();

        var panel = page.GetByRole(AriaRole.Region, new() { Name = "Counts to narrow the results" });
        await Assertions.Expect(panel).ToHaveAttributeAsync("aria-live", "polite");
        await Assertions.Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Kind of evidence" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(panel).ToHaveAttributeAsync("aria-busy", "false");
        Assert.Equal("q", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal(0, await panel.GetByText("Show counts by kind of evidence").CountAsync());
        await PageAccessibility.AssertUsableAsync(page);

        // A count narrows the search, by keyboard.
        var letters = panel.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Inspection letter") });
        await letters.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("type=InspectionLetter"));
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Kind of evidence" })).ToHaveValueAsync("InspectionLetter");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task WithoutScriptALinkShowsTheCountsAndTheFiltersStillWork()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress, Locale = "en-GB", JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("User name").FillAsync("viewer");
        await page.GetByLabel("Password").FillAsync(Infrastructure.InspectionWebFactory.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(site.BaseAddress + "/", new() { Timeout = 90_000 });

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search words" }).FillAsync("children");
        await page.Keyboard.PressAsync("Enter");
        var show = page.GetByRole(AriaRole.Link, new() { Name = "Show counts by kind of evidence, year and organisation" });
        await show.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("counts=true"));
        var panel = page.GetByRole(AriaRole.Region, new() { Name = "Counts to narrow the results" });
        await Assertions.Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Kind of evidence" })).ToBeVisibleAsync();

        // The filters are a plain form: the details open without script, the checkbox and the choosers submit with it,
        // and the counts stay in the page.
        await page.GetByText("Filters and order: kind of evidence, theme, dates").ClickAsync();
        await page.GetByLabel("One result per document").CheckAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Kind of evidence" }).SelectOptionAsync("InspectionLetter");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search words" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("bydocument=true"));
        Assert.Contains("counts=true", page.Url, StringComparison.Ordinal);
        Assert.Contains("type=InspectionLetter", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("documents? found$") })).ToBeVisibleAsync();
        await Assertions.Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Kind of evidence" })).ToBeVisibleAsync();
        var url = page.Url;
        await context.CloseAsync();

        // axe runs in the page, so the same server-rendered state is checked in a page that runs script; with the counts
        // in the page there is nothing for the script to load.
        var checkedPage = await site.SignedInPageAsync("viewer");
        await checkedPage.GotoAsync(url);
        await Assertions.Expect(checkedPage.GetByRole(AriaRole.Region, new() { Name = "Counts to narrow the results" }).GetByRole(AriaRole.Heading, new() { Name = "Kind of evidence" })).ToBeVisibleAsync();
        await PageAccessibility.AssertUsableAsync(checkedPage);
        await checkedPage.GotoAsync("/?q=children");
        await PageAccessibility.AssertUsableAsync(checkedPage);
        await checkedPage.Context.CloseAsync();
    }
}

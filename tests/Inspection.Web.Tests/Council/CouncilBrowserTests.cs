using Inspection.Web.Tests.Browser;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Inspection.Web.Tests.Council;

/// <summary>Council sign-in in headless Chromium: the button reached by keyboard, the provider's form post, the page's policy letting the redirect through.</summary>
public sealed class CouncilBrowserTests
{
    [BrowserFact]
    public async Task APersonSignsInWithTheirCouncilAccountByKeyboardAndSignsOut()
    {
        await using var site = await CouncilSite.StartAsync(kestrel: true);
        site.Provider.Person = new TestPerson("pairwise-ria", "oid-ria", "Ria Shah", "ria.shah@council.example", [CouncilSite.LeadGroup]);
        var baseAddress = site.Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/plan");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
        await PageAccessibility.AssertUsableAsync(page);

        var button = page.GetByRole(AriaRole.Button, new() { Name = "Sign in with your council account" });
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(baseAddress + "/plan");
        await Assertions.Expect(page.GetByText("Signed in as Ria Shah (Quality lead)")).ToBeVisibleAsync();
        await PageAccessibility.AssertUsableAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GotoAsync("/plan");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
        await context.CloseAsync();
    }
}

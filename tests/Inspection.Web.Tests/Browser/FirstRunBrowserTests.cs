using Inspection.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Inspection.Web.Tests.Browser;

/// <summary>The first-run page, the only one the other browser walks never see (their sites already have accounts), checked the same way: as it opens and sent empty.</summary>
public sealed class FirstRunBrowserTests
{
    [BrowserFact]
    public async Task TheSetUpPagePassesThePageChecksAndAxeBeforeAndAfterAMistake()
    {
        await using var factory = new EmptySiteFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        var baseAddress = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress, Locale = "en-GB" });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.WaitForURLAsync(baseAddress + "/account/setup**");
        Assert.Equal("Create the first administrator", await page.Locator("h1").InnerTextAsync());
        await PageAccessibility.AssertUsableAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await PageAccessibility.AssertUsableAsync(page);
    }

    private sealed class EmptySiteFactory() : InspectionWebFactory(TempFolder.Create("first-run-browser"), loadSamples: false);
}

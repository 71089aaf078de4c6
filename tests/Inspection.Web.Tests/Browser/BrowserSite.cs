using Inspection.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Inspection.Web.Tests.Browser;

/// <summary>The application on a real loopback port (Kestrel) with the sample evidence, and headless Chromium to drive it.</summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public InspectionWebFactory Factory { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseAddress { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath))
        {
            // The tests report themselves skipped (or, on CI, fail in their own words).
            return;
        }

        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseAddress = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        foreach (var (name, role) in new[] { ("lead", "QualityLead"), ("viewer", "Viewer"), ("admin", "Administrator") })
        {
            await Factory.CreateUserAsync(name, role);
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            // Root in a sandboxed CI has no user namespaces; the closed network refuses Chromium's own background calls.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new browser context (its own cookies) with a page signed in as <paramref name="userName"/> by keyboard.</summary>
    public async Task<IPage> SignedInPageAsync(string userName)
    {
        Assert.True(File.Exists(BrowserFactAttribute.ChromiumPath), $"{BrowserFactAttribute.ChromiumPath} is missing: .ci/run installs Debian's chromium");
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(InspectionWebFactory.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(BaseAddress + "/");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}

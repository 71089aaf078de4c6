using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Web.Tests.Infrastructure;

/// <summary>The real web application over a temp data folder (SQLite, a local index, the sample evidence), with one account per role.</summary>
public class InspectionWebFactory : WebApplicationFactory<Program>
{
    public const string Password = "a long test passphrase";

    public InspectionWebFactory()
        : this(TempFolder.Create("web"), loadSamples: true)
    {
    }

    protected InspectionWebFactory(string dataDirectory, bool loadSamples)
    {
        DataDirectory = dataDirectory;
        LoadSamples = loadSamples;
    }

    public string DataDirectory { get; }

    public bool LoadSamples { get; }

    /// <summary>Creates an account directly through the application's own account service.</summary>
    public async Task CreateUserAsync(string userName, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var change = await scope.ServiceProvider.GetRequiredService<Application.Accounts.AccountAdministration>()
            .CreateAsync(userName, userName, role, Password, Readiness.Access.Caller.Operator("test-setup"), CancellationToken.None);
        Assert.True(change.Succeeded, string.Join("; ", change.Errors.Values));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("data", DataDirectory);
        builder.UseSetting("Web:LoadSamples", LoadSamples ? "true" : "false");
        builder.UseSetting("Web:IndexPollSeconds", "1");
        // Tests sign in many times from one address; the throttle's own tests lower these again.
        builder.UseSetting("Web:SignInAttemptsPerAddressPerMinute", "100000");
        builder.UseSetting("Web:SignInFailuresPerAccountPerHour", "1000000");
        builder.UseEnvironment("Production");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            TempFolder.Delete(DataDirectory);
        }
    }
}

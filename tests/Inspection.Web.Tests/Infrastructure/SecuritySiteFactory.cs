using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Web.Tests.Infrastructure;

/// <summary>
/// The web application with settings of a test's choosing and no samples. The in-process server has no client
/// address, so a request names its own in <see cref="ClientHeader"/> (else it comes from 127.0.0.1, as through a local proxy).
/// </summary>
public sealed class SecuritySiteFactory(Dictionary<string, string> settings, bool loadSamples = false)
    : InspectionWebFactory(TempFolder.Create("security"), loadSamples)
{
    public const string ClientHeader = "X-Test-Client";

    public WebSession From(string address)
    {
        var session = WebSession.Anonymous(this);
        session.Client.DefaultRequestHeaders.Add(ClientHeader, address);
        return session;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressFilter>());
    }

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue(ClientHeader, out var address)
                    ? IPAddress.Parse(address.ToString())
                    : IPAddress.Loopback;
                await nextMiddleware(context);
            });
            next(app);
        };
    }
}

using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Inspection.Content.Blobs;
using Inspection.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Web.Tests.Security;

/// <summary>What a deployment behind a proxy needs: health for the load balancer, HTTPS, forwarded headers, a closed data folder and protected keys.</summary>
public sealed class HostingSecurityTests
{
    [Fact]
    public async Task HealthAnswersAnonymouslyWithoutDataEvenBeforeTheFirstAdministrator()
    {
        await using var site = new SecuritySiteFactory([]);
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HttpsRedirectAndHstsAreOffByDefault()
    {
        await using var site = new SecuritySiteFactory([]);
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://inspection.example") });
        var response = await client.GetAsync(new Uri("/account/setup", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task WhenSetPlainHttpIsRedirectedAndHttpsAnswersCarryHsts()
    {
        await using var site = new SecuritySiteFactory(new() { ["Web:HttpsRedirect"] = "true", ["Web:Hsts"] = "true" });
        using var plain = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://inspection.example") });
        var redirected = await plain.GetAsync(new Uri("/account/setup", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirected.StatusCode);
        Assert.Equal("https://inspection.example/account/setup", redirected.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await plain.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);

        using var secure = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://inspection.example") });
        var page = await secure.GetAsync(new Uri("/account/setup", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("max-age=31536000", Assert.Single(page.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BehindAProxyTheForwardedClientAddressIsTheOneThrottled()
    {
        await using var site = new SecuritySiteFactory(new() { ["Web:ForwardedHeaders"] = "true", ["Web:SignInAttemptsPerAddressPerMinute"] = "2" });
        await site.CreateUserAsync("admin", "Administrator");
        // Every request reaches the app from the proxy on 127.0.0.1; X-Forwarded-For names the client.
        using var first = WebSession.Anonymous(site);
        first.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");
        using var second = WebSession.Anonymous(site);
        second.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.10");
        for (var i = 0; i < 2; i++)
        {
            await first.PostFormAsync("/account/sign-in", new() { ["username"] = "admin", ["password"] = "not the password at all" });
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.PostFormAsync("/account/sign-in", new() { ["username"] = "admin", ["password"] = "not the password at all" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostFormAsync("/account/sign-in", new() { ["username"] = "admin", ["password"] = InspectionWebFactory.Password })).StatusCode);
    }

    [Fact]
    public async Task TheDataFolderItsDatabaseBlobsAndKeysAreOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var site = new SecuritySiteFactory([]);
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        // A page with a form makes the cookie keys; a stored file makes a blob.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/account/setup", UriKind.Relative))).StatusCode);
        string blob;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            using var bytes = new MemoryStream("Notes of the practice week: the kestrel panel.\n"u8.ToArray());
            var stored = await scope.ServiceProvider.GetRequiredService<IBlobStore>().PutAsync(bytes, CancellationToken.None);
            blob = Path.Combine(site.DataDirectory, "blobs", stored.Sha256[..2], stored.Sha256[2..4], stored.Sha256);
        }

        const UnixFileMode Others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        var keyFiles = Directory.GetFiles(Path.Combine(site.DataDirectory, "keys"));
        Assert.NotEmpty(keyFiles);
        foreach (var path in new[] { site.DataDirectory, Path.Combine(site.DataDirectory, "inspection.db"), Path.Combine(site.DataDirectory, "blobs"), Path.Combine(site.DataDirectory, "keys"), blob })
        {
            Assert.True((File.GetUnixFileMode(path) & Others) == 0, $"{path} is {File.GetUnixFileMode(path)}");
        }
    }

    [Fact]
    public async Task TheCookieKeysAreEncryptedWithTheConfiguredCertificate()
    {
        var folder = TempFolder.Create("key-certificate");
        try
        {
            var pfx = Path.Combine(folder, "keys.pfx");
            using (var rsa = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=Inspection key protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
                await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "a pfx password"));
            }

            await using var site = new SecuritySiteFactory(new() { ["Web:KeyCertificatePath"] = pfx, ["Web:KeyCertificatePassword"] = "a pfx password" });
            using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/account/setup", UriKind.Relative))).StatusCode);
            var key = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Path.Combine(site.DataDirectory, "keys"), "*.xml")));
            Assert.Contains("encryptedSecret", key, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", key, StringComparison.Ordinal);
        }
        finally
        {
            TempFolder.Delete(folder);
        }
    }
}

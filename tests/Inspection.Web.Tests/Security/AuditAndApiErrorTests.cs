using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Inspection.Content.Audit;
using Inspection.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Web.Tests.Security;

/// <summary>Restricted evidence shown in search results is on the record; malformed API requests answer problem details.</summary>
public sealed class AuditAndApiErrorTests
{
    [Fact]
    public async Task SearchHitsClassifiedAboveOfficialAreAuditedWithWhoSawWhichDocument()
    {
        await using var site = new SecuritySiteFactory([]);
        await site.CreateUserAsync("lead", "QualityLead");
        using var lead = await WebSession.SignInAsync(site, "lead", InspectionWebFactory.Password);
        var personal = await lead.UploadAndWaitAsync("Personal", ("child-plan.txt", "The kestrel panel reviewed the plan for the child.\n"u8.ToArray()));
        var official = await lead.UploadAndWaitAsync("Official", ("minutes.txt", "The osprey committee met in public.\n"u8.ToArray()));
        var personalId = personal.GetProperty("files")[0].GetProperty("documentId").GetString();
        var officialId = official.GetProperty("files")[0].GetProperty("documentId").GetString();

        Assert.Equal(1, (await lead.GetJsonAsync("/api/search?q=kestrel")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await lead.GetJsonAsync("/api/search?q=osprey")).GetProperty("total").GetInt32());
        Assert.Contains("kestrel", await lead.GetPageAsync("/?q=kestrel"), StringComparison.Ordinal);

        await using var scope = site.Services.CreateAsyncScope();
        var lines = await scope.ServiceProvider.GetRequiredService<IAuditLog>().ListAsync(null, 500, CancellationToken.None);
        var hits = lines.Where(l => l.Action == "search-hit").ToList();
        Assert.Equal(2, hits.Count(l => l.ContentItemId == personalId && l.UserName == "lead" && l.Detail == "Personal"));
        Assert.DoesNotContain(hits, l => l.ContentItemId == officialId);
    }

    [Theory]
    [InlineData("/api/search?q=plan&page=abc")]
    [InlineData("/api/search?q=plan&byDocument=perhaps")]
    [InlineData("/api/search?q=plan&facets=2")]
    [InlineData("/api/search?q=plan&after=31/31/2024")]
    [InlineData("/api/search?q=plan&page=100000")]
    public async Task MalformedQueryValuesAnswerProblemDetails(string path)
    {
        await using var site = new SecuritySiteFactory([]);
        await site.CreateUserAsync("lead", "QualityLead");
        using var lead = await WebSession.SignInAsync(site, "lead", InspectionWebFactory.Password);
        await AssertProblemAsync(await lead.Client.GetAsync(new Uri(path, UriKind.Relative)));
    }

    [Fact]
    public async Task MalformedUploadBodiesAnswerProblemDetails()
    {
        await using var site = new SecuritySiteFactory([]);
        await site.CreateUserAsync("lead", "QualityLead");
        using var lead = await WebSession.SignInAsync(site, "lead", InspectionWebFactory.Password);

        // A multipart body cut off before its closing boundary, and one whose boundary never appears.
        foreach (var body in new[] { "--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nhalf a fi", "no boundary here at all" })
        {
            using var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");
            await AssertProblemAsync(await lead.Client.PostAsync(new Uri("/api/uploads", UriKind.Relative), content));
        }

        using var json = new StringContent("{\"files\": [", Encoding.UTF8, "application/json");
        await AssertProblemAsync(await lead.Client.PostAsync(new Uri("/api/uploads", UriKind.Relative), json));
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}: {body[..Math.Min(200, body.Length)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }
}

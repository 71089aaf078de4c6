using System.Net;
using System.Text;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests;

/// <summary>A new file for a document that already exists: its next version, searched at once, the earlier one kept and downloadable.</summary>
public sealed class NewVersionTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public async Task ANewFileBecomesTheDocumentsNextVersionAndTheEarlierOneIsKept()
    {
        using var lead = await site.SignInAsync("lead");
        var first = Encoding.UTF8.GetBytes("Godwit team self-evaluation\n\nIn 2025 godwit practice improved in the quality of assessments.\n");
        var job = await lead.UploadAndWaitAsync("Official", ("godwit-sef-2025.txt", first));
        var id = job.GetProperty("files")[0].GetProperty("documentId").GetString()!;
        await lead.PostFormAsync($"/documents/{id}/edit", new() { ["Fields.Whole"] = "true", ["Fields.Title"] = "Godwit team self-evaluation", ["Fields.Kind"] = "SelfEvaluation", ["Fields.Classification"] = "Official" });

        var second = Encoding.UTF8.GetBytes("Godwit team self-evaluation\n\nIn 2026 the knot panel reviews every plan within four weeks.\n");
        var answer = await UploadVersionAsync(lead, id, "godwit-sef-2026.txt", second);
        Assert.Equal($"/documents/{id}?saved=newversion", answer.Headers.Location!.OriginalString);

        using var viewer = await site.SignInAsync("viewer");
        Assert.Equal(1, (await viewer.GetJsonAsync("/api/search?q=knot+panel")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await viewer.GetJsonAsync("/api/search?q=%22godwit+practice+improved%22")).GetProperty("total").GetInt32());
        var document = (await viewer.GetJsonAsync($"/api/documents/{id}")).GetProperty("document");
        Assert.Equal("SelfEvaluation", document.GetProperty("type").GetString());
        Assert.Equal("godwit-sef-2026.txt", document.GetProperty("sourceFile").GetString());

        // The first file is still the document's, and still downloadable from its version.
        var versions = await viewer.GetPageAsync($"/documents/{id}/versions");
        var firstVersion = System.Text.RegularExpressions.Regex.Match(versions, "handler=original&amp;version=([a-z0-9]+)").Groups[1].Value;
        var original = await viewer.Client.GetAsync(new Uri($"/documents/{id}?handler=original&version={firstVersion}", UriKind.Relative));
        Assert.Equal(first, await original.Content.ReadAsByteArrayAsync());

        var again = await UploadVersionAsync(lead, id, "godwit-sef-2026-copy.txt", second);
        Assert.Contains("this file is already one of this document&#x27;s versions", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var elsewhere = await lead.UploadAndWaitAsync("Official", ("godwit-sef-2025-again.txt", first));
        Assert.Equal("duplicate", elsewhere.GetProperty("files")[0].GetProperty("status").GetString());
        Assert.Contains("uploaded a new version (godwit-sef-2026.txt)", await viewer.GetPageAsync($"/documents/{id}"), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> UploadVersionAsync(WebSession session, string id, string name, byte[] bytes)
    {
        var token = WebSession.Token(await session.GetPageAsync($"/documents/{id}"));
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(bytes), "file", name },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        return await session.Client.PostAsync(new Uri($"/documents/{id}?handler=version", UriKind.Relative), form);
    }
}

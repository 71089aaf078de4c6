using System.Net;
using System.Text;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests;

/// <summary>
/// The sample site serves the samples' authority (Harrowden); a peer's letter uploaded beside them is read, kept and shown as
/// a peer's: the job page says what was recognised in each file, the findings page is ours by default and filters by
/// organisation, the briefing lists the peer's findings apart, and an administrator changes the authority under Settings.
/// </summary>
public sealed class OurAuthorityPageTests(SampleSite site) : IClassFixture<SampleSite>
{
    private const string PeerWord = "Zephyrine";

    [Fact]
    public async Task APeersLetterIsRecognisedAsTheirsAndKeptApartFromOurFindingsAndBriefing()
    {
        using var lead = await site.SignInAsync("lead");
        var job = await lead.UploadAndWaitAsync("Official", ("westmarch-monitoring-visit-2023-05.html", PeerLetter()), ("minutes.pdf", Encoding.UTF8.GetBytes("Minutes of the panel.\nPresent: members.\n")));
        var files = job.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal("created", files[0].GetProperty("status").GetString());
        Assert.Equal("rejected", files[1].GetProperty("status").GetString());

        var page = WebUtility.HtmlDecode(await lead.GetPageAsync($"/jobs/{job.GetProperty("id").GetString()}"));
        Assert.Contains("What was recognised", page, StringComparison.Ordinal);
        Assert.Matches("Inspection letter, \\d+ [A-Z][a-z]+ 2023, Westmarch County Council, 3 findings", page);
        Assert.Contains("It is about Westmarch County Council, not Harrowden Borough Council", page, StringComparison.Ordinal);
        Assert.Contains("minutes.pdf: the name says PDF (.pdf) but the file holds plain text", page, StringComparison.Ordinal);

        var ours = await lead.GetPageAsync("/findings");
        Assert.DoesNotContain(PeerWord, ours, StringComparison.Ordinal);
        Assert.Contains("Harrowden Borough Council", ours, StringComparison.Ordinal);
        var theirs = await lead.GetPageAsync("/findings?organisation=westmarch+council");
        Assert.Equal(3, theirs.Split(PeerWord).Length - 1);
        Assert.Contains("Westmarch County Council", theirs, StringComparison.Ordinal);
        Assert.Equal(3, (await lead.GetJsonAsync("/api/findings?organisation=elsewhere")).GetArrayLength());

        var briefing = await lead.GetPageAsync("/briefing?theme=ilacs");
        var elsewhere = briefing.IndexOf("What inspectors said elsewhere", StringComparison.Ordinal);
        Assert.True(elsewhere > 0, "the briefing lists what inspectors said elsewhere");
        Assert.DoesNotContain(PeerWord, briefing[..elsewhere], StringComparison.Ordinal);
        Assert.Contains(PeerWord, briefing[elsewhere..], StringComparison.Ordinal);
        Assert.Contains("Westmarch County Council", briefing[elsewhere..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdministratorChangesTheAuthorityUnderSettingsAndOthersMayNot()
    {
        using var viewer = await site.SignInAsync("viewer");
        var refused = await viewer.Client.GetAsync(new Uri("/admin/settings", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/settings\"", await viewer.GetPageAsync("/"), StringComparison.Ordinal);

        using var admin = await site.SignInAsync("admin");
        var settings = await admin.GetPageAsync("/admin/settings");
        Assert.Contains("value=\"Harrowden Borough Council\"", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("does not know which authority", await admin.GetPageAsync("/"), StringComparison.Ordinal);

        var cleared = await admin.PostFormAsync("/admin/settings", new Dictionary<string, string> { ["authority"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Contains("does not know which authority", await admin.GetPageAsync("/"), StringComparison.Ordinal);

        var set = await admin.PostFormAsync("/admin/settings", new Dictionary<string, string> { ["authority"] = "Harrowden Borough Council" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Contains("This repository serves Harrowden Borough Council.", WebUtility.HtmlDecode(await admin.GetPageAsync("/admin/settings?saved=true")), StringComparison.Ordinal);
        var log = WebUtility.HtmlDecode(await admin.GetPageAsync("/admin/audit"));
        Assert.Contains("not set -> Harrowden Borough Council", log, StringComparison.Ordinal);
    }

    private static byte[] PeerLetter()
    {
        var sample = File.ReadAllText(Path.Combine(CorpusFiles.RepoRoot, "evidence-samples", "ofsted-monitoring-visit-4-2024-05.html"));
        return Encoding.UTF8.GetBytes(sample
            .Replace("Harrowden Borough Council", "Westmarch County Council", StringComparison.Ordinal)
            .Replace("Harrowden", "Westmarch", StringComparison.Ordinal)
            .Replace("2024", "2023", StringComparison.Ordinal)
            .Replace("March 2023", "March 2022", StringComparison.Ordinal)
            .Replace("outcomes.</li>", $"outcomes, as {PeerWord} found.</li>", StringComparison.Ordinal)
            .Replace("drift and delay.</li>", $"drift and delay, as {PeerWord} found.</li>", StringComparison.Ordinal)
            .Replace("drift is challenged.</li>", $"drift is challenged, as {PeerWord} found.</li>", StringComparison.Ordinal));
    }
}

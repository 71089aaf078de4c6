using System.Net;
using System.Text.RegularExpressions;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests;

/// <summary>A finding's own page: a lead finds evidence of what has been done and links it, and the finding moves on.</summary>
public sealed partial class FindingPageTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public async Task LinkingEvidenceDatedAfterTheVisitShowsImpact()
    {
        using var lead = await site.SignInAsync("lead");
        var findings = await lead.GetJsonAsync("/api/findings?status=open");
        var finding = findings.EnumerateArray().First(f => f.GetProperty("finding").GetProperty("text").GetString()!.Contains("return home interviews", StringComparison.Ordinal));
        var id = finding.GetProperty("finding").GetProperty("findingId").GetString()!;

        var page = await lead.GetPageAsync($"/findings/{id}");
        Assert.Contains("Find evidence to link", page, StringComparison.Ordinal);
        Assert.Contains("No evidence is linked yet.", page, StringComparison.Ordinal);
        var candidate = CandidatePattern().Matches(page).First(m => page[m.Index..page.IndexOf("</li>", m.Index, StringComparison.Ordinal)].Contains("after the visit", StringComparison.Ordinal));
        var (documentId, passageId) = (candidate.Groups["doc"].Value, candidate.Groups["passage"].Value);

        var linked = await lead.PostFormAsync($"/findings/{id}", new() { ["passageId"] = passageId }, "link");
        var body = await linked.Content.ReadAsStringAsync();
        Assert.Contains("Evidence linked. The finding is now evidence of impact.", body, StringComparison.Ordinal);
        Assert.Contains($"/documents/{documentId}#{passageId}", body, StringComparison.Ordinal);
        var after = await lead.GetJsonAsync("/api/findings?status=evidence-of-impact");
        Assert.Contains(after.EnumerateArray(), f => f.GetProperty("finding").GetProperty("findingId").GetString() == id);
    }

    [Fact]
    public async Task AViewerSeesTheFindingButCannotLinkEvidence()
    {
        using var viewer = await site.SignInAsync("viewer");
        var id = (await viewer.GetJsonAsync("/api/findings")).EnumerateArray().First().GetProperty("finding").GetProperty("findingId").GetString()!;
        var page = await viewer.GetPageAsync($"/findings/{id}");
        Assert.DoesNotContain("Find evidence to link", page, StringComparison.Ordinal);
        var refused = await viewer.PostFormAsync($"/findings/{id}", new() { ["passageId"] = "y" }, "link");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.Client.GetAsync(new Uri("/findings/no-such-finding", UriKind.Relative))).StatusCode);
    }

    // Each candidate is a result whose heading links to its passage in its document.
    [GeneratedRegex("<li class=\"result\">\\s*<h3><a href=\"/documents/(?<doc>[^#\"]+)#(?<passage>[^\"]+)\">")]
    private static partial Regex CandidatePattern();
}

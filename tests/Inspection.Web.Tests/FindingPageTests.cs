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
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Equal($"/findings/{id}", linked.Headers.Location!.OriginalString);
        var body = await lead.GetPageAsync($"/findings/{id}");
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

    [Fact]
    public async Task TheApiOffersTheSameCandidatesToALeadAndNoneToAViewer()
    {
        using var lead = await site.SignInAsync("lead");
        var finding = (await lead.GetJsonAsync("/api/findings")).EnumerateArray()
            .First(f => f.GetProperty("finding").GetProperty("text").GetString()!.Contains("management oversight", StringComparison.Ordinal));
        var id = finding.GetProperty("finding").GetProperty("findingId").GetString()!;
        var ownLetter = finding.GetProperty("finding").GetProperty("contentItemId").GetString()!;

        var found = await lead.GetJsonAsync($"/api/findings/{id}/evidence-candidates");
        var candidates = found.GetProperty("candidates").EnumerateArray().ToList();
        Assert.NotEmpty(candidates);
        Assert.DoesNotContain(candidates, c => c.GetProperty("hit").GetProperty("documentId").GetString() == ownLetter);
        Assert.Contains(candidates, c => c.GetProperty("afterVisit").GetBoolean());
        var page = await lead.GetPageAsync($"/findings/{id}");
        // The page lists the same passages, in the same order, from the same words.
        Assert.Equal(
            candidates.Select(c => c.GetProperty("hit").GetProperty("passageId").GetString()),
            CandidatePattern().Matches(page).Select(m => m.Groups["passage"].Value));
        Assert.Contains(WebUtility.HtmlEncode(found.GetProperty("query").GetString()!), page, StringComparison.Ordinal);

        var typed = await lead.GetJsonAsync($"/api/findings/{id}/evidence-candidates?q=reflective%20supervision");
        Assert.Equal("reflective supervision", typed.GetProperty("query").GetString());

        using var viewer = await site.SignInAsync("viewer");
        var refused = await viewer.Client.GetAsync(new Uri($"/api/findings/{id}/evidence-candidates", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var missing = await lead.Client.GetAsync(new Uri("/api/findings/no-such-finding/evidence-candidates", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task AFindingsPageListsTheActionsItCounts()
    {
        using var lead = await site.SignInAsync("lead");
        var open = (await lead.GetJsonAsync("/api/findings?status=open")).EnumerateArray().Last();
        var id = open.GetProperty("finding").GetProperty("findingId").GetString()!;
        var added = await lead.PostFormAsync("/plan", new() { ["title"] = "Audit of return interviews each quarter", ["owner"] = "Service manager", ["due"] = "30/06/2027", ["rag"] = "Amber", ["finding"] = id }, "create");
        Assert.True(added.IsSuccessStatusCode || added.StatusCode == HttpStatusCode.Redirect);

        var page = await lead.GetPageAsync($"/findings/{id}");
        Assert.Contains("Actions (1)", page, StringComparison.Ordinal);
        Assert.Matches(@"<a href=""/plan#action-[^""]+"">Audit of return interviews each quarter</a>", page);
        Assert.Contains("Service manager", page, StringComparison.Ordinal);
        Assert.Contains("30 June 2027", page, StringComparison.Ordinal);
        var plan = await lead.GetPageAsync("/plan");
        var anchor = Regex.Match(page, @"/plan#(action-[^""]+)").Groups[1].Value;
        Assert.Contains($"id=\"{anchor}\"", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindingsAreInWordsNewestVisitFirstAndChosenByVisitAndStatus()
    {
        using var viewer = await site.SignInAsync("viewer");
        var page = await viewer.GetPageAsync("/findings");
        // Stored codes ("area-for-improvement", "focused-visit of ...") must not be what people read.
        Assert.DoesNotMatch(@"<span>[a-z]+(-[a-z]+)+( of [^<]*)?</span>", page);
        var dates = Regex.Matches(page, @"<time datetime=""(\d{4}-\d{2}-\d{2})""").Select(m => m.Groups[1].Value).ToList();
        Assert.True(dates.Distinct(StringComparer.Ordinal).Count() > 1, "the sample evidence has findings from more than one visit");
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);

        var visits = Regex.Matches(page, @"<option value=""([^""]+)""[^>]*>[A-Z][^<]*, \d{1,2} \w+ \d{4}</option>").Select(m => m.Groups[1].Value).ToList();
        Assert.True(visits.Count > 1, "the visit filter lists the visits");
        var oneVisit = await viewer.GetPageAsync($"/findings?visit={Uri.EscapeDataString(visits[^1])}");
        var letters = Regex.Matches(oneVisit, @"<span><a href=""/documents/([^""]+)"">").Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        Assert.Equal([visits[^1]], letters);

        var open = await viewer.GetPageAsync($"/findings?status=closed&visit={Uri.EscapeDataString(visits[0])}");
        Assert.Contains("<p>0 findings, newest visit first</p>", open, StringComparison.Ordinal);
    }

    // Each candidate is a result whose heading links to its passage in its document.
    [GeneratedRegex("<li class=\"result\">\\s*<h3><a href=\"/documents/(?<doc>[^#\"]+)#(?<passage>[^\"]+)\">")]
    private static partial Regex CandidatePattern();
}

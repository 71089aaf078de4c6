using System.Net;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests;

/// <summary>The improvement plan page: a lead adds an action for a finding and re-rates it; the RAG history and the finding's status follow.</summary>
public sealed class PlanTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public async Task AnActionAddedForAFindingMovesItOnAndKeepsItsRagHistory()
    {
        using var lead = await site.SignInAsync("lead");
        var open = (await lead.GetJsonAsync("/api/findings?status=open")).EnumerateArray().First();
        var findingId = open.GetProperty("finding").GetProperty("findingId").GetString()!;

        var added = await lead.PostFormAsync("/plan", new() { ["title"] = "Weekly tracker of pre-proceedings timescales", ["owner"] = "Head of Service", ["due"] = "31/03/2027", ["rag"] = "Red", ["finding"] = findingId }, "create");
        var page = await added.Content.ReadAsStringAsync();
        Assert.Contains("Action added and linked to the finding: Weekly tracker of pre-proceedings timescales.", page, StringComparison.Ordinal);
        Assert.Contains("31 March 2027", page, StringComparison.Ordinal);

        var finding = await lead.GetJsonAsync("/api/findings?status=in-progress");
        var tracked = finding.EnumerateArray().Single(f => f.GetProperty("finding").GetProperty("findingId").GetString() == findingId);
        var actionId = tracked.GetProperty("actions")[0].GetProperty("contentItemId").GetString()!;

        var rerated = await lead.PostFormAsync("/plan", new() { ["id"] = actionId, ["owner"] = "Head of Service", ["due"] = "31/03/2027", ["rag"] = "Amber" }, "update");
        var after = await rerated.Content.ReadAsStringAsync();
        Assert.Contains("Weekly tracker of pre-proceedings timescales is now Amber.", after, StringComparison.Ordinal);
        Assert.Matches(@"Red \(\d{1,2} \w+ \d{4}\), then Amber \(\d{1,2} \w+ \d{4}\)", after);

        var history = (await lead.GetJsonAsync("/api/findings")).EnumerateArray()
            .Single(f => f.GetProperty("finding").GetProperty("findingId").GetString() == findingId)
            .GetProperty("actions")[0].GetProperty("ragHistory").EnumerateArray().Select(r => r.GetProperty("rag").GetString()).ToList();
        Assert.Equal(["Red", "Amber"], history);
    }

    [Fact]
    public async Task BadDatesAndMissingTitlesAreNamedAndNothingIsAdded()
    {
        using var lead = await site.SignInAsync("lead");
        var before = await lead.GetPageAsync("/plan");
        var response = await lead.PostFormAsync("/plan", new() { ["title"] = "", ["due"] = "next spring", ["rag"] = "Purple" }, "create");
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", page, StringComparison.Ordinal);
        Assert.Contains("Enter what the action is", page, StringComparison.Ordinal);
        Assert.Contains("Enter the due date as a date, like 31/03/2027", page, StringComparison.Ordinal);
        Assert.Contains("Choose a RAG rating", page, StringComparison.Ordinal);
        Assert.Equal(Caption(before), Caption(page));
    }

    [Fact]
    public async Task AViewerReadsThePlanButCannotChangeIt()
    {
        using var viewer = await site.SignInAsync("viewer");
        var page = await viewer.GetPageAsync("/plan");
        Assert.Contains("<h1>Improvement plan</h1>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Add an action", page, StringComparison.Ordinal);
        var refused = await viewer.PostFormAsync("/plan", new() { ["title"] = "Sneaky", ["rag"] = "Green" }, "create");
        Assert.StartsWith("/account/access-denied", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("Sneaky", await viewer.GetPageAsync("/plan"), StringComparison.Ordinal);
    }

    private static string Caption(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "<caption>([^<]+)</caption>").Groups[1].Value;
}

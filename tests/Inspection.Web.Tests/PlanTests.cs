using System.Net;
using Inspection.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

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
        var page = await FollowAsync(lead, added);
        Assert.Contains("Action added and linked to the finding: Weekly tracker of pre-proceedings timescales.", page, StringComparison.Ordinal);
        Assert.Contains("31 March 2027", page, StringComparison.Ordinal);

        var finding = await lead.GetJsonAsync("/api/findings?status=in-progress");
        var tracked = finding.EnumerateArray().Single(f => f.GetProperty("finding").GetProperty("findingId").GetString() == findingId);
        var actionId = tracked.GetProperty("actions")[0].GetProperty("contentItemId").GetString()!;

        var rerated = await lead.PostFormAsync("/plan", new() { ["id"] = actionId, ["owner"] = "Head of Service", ["due"] = "31/03/2027", ["rag"] = "Amber" }, "update");
        var after = await FollowAsync(lead, rerated);
        Assert.Contains("Weekly tracker of pre-proceedings timescales is now Amber.", after, StringComparison.Ordinal);
        Assert.Matches(@"<li>Red \(\d{1,2} \w+ \d{4}\)</li>\s*<li>Amber \(\d{1,2} \w+ \d{4}\)</li>", after);

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

    [Fact]
    public async Task AnActionDueBeforeTodayIsFlaggedOverdueAndTodayIsShown()
    {
        using var lead = await site.SignInAsync("lead");
        var added = await lead.PostFormAsync("/plan", new() { ["title"] = "Refresh the missing-from-care protocol", ["owner"] = "Head of Safeguarding", ["due"] = "01/02/2020", ["rag"] = "Amber" }, "create");
        var page = await FollowAsync(lead, added);
        var row = Row(page, "Refresh the missing-from-care protocol");
        Assert.Contains("1 February 2020", row, StringComparison.Ordinal);
        Assert.Contains("Overdue", row, StringComparison.Ordinal);
        Assert.Matches(@"Today is \d{1,2} [A-Z][a-z]+ \d{4}\.", page);
        Assert.DoesNotContain("Overdue", Row(page, "Weekly tracker of pre-proceedings timescales", required: false), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARagChangeCarriesACommentAnActionCanBeEditedAndRemovedAndANoOpSaveChangesNothing()
    {
        using var lead = await site.SignInAsync("lead");
        await lead.PostFormAsync("/plan", new() { ["title"] = "Quarterly audit of supervision", ["owner"] = "Principal social worker", ["due"] = "31/12/2030", ["rag"] = "Red" }, "create");
        var id = ActionId(await lead.GetPageAsync("/plan"), "Quarterly audit of supervision");

        var rerated = await lead.PostFormAsync("/plan", new() { ["id"] = id, ["title"] = "Quarterly audit of supervision", ["owner"] = "Principal social worker", ["due"] = "31/12/2030", ["rag"] = "Green", ["comment"] = "First two audits completed on time" }, "update");
        Assert.Equal(HttpStatusCode.Redirect, rerated.StatusCode);
        var page = await FollowAsync(lead, rerated);
        Assert.Contains("Green (", page, StringComparison.Ordinal);
        Assert.Contains("“First two audits completed on time”", Row(page, "Quarterly audit of supervision"), StringComparison.Ordinal);

        var versions = await Versions(id);
        var same = await lead.PostFormAsync("/plan", new() { ["id"] = id, ["title"] = "Quarterly audit of supervision", ["owner"] = "Principal social worker", ["due"] = "31/12/2030", ["rag"] = "Green" }, "update");
        Assert.Contains("Nothing changed in Quarterly audit of supervision.", await FollowAsync(lead, same), StringComparison.Ordinal);
        Assert.Equal(versions, await Versions(id));

        var renamed = await lead.PostFormAsync("/plan", new() { ["id"] = id, ["title"] = "Monthly audit of supervision", ["owner"] = "Principal social worker", ["due"] = "31/12/2030", ["rag"] = "Green" }, "update");
        Assert.Contains("Monthly audit of supervision", await FollowAsync(lead, renamed), StringComparison.Ordinal);

        var removed = await lead.PostFormAsync("/plan", new() { ["id"] = id }, "remove");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var after = await FollowAsync(lead, removed);
        Assert.Contains("Action removed: Monthly audit of supervision.", after, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"action-{id}\"", after, StringComparison.Ordinal);

        using var viewer = await site.SignInAsync("viewer");
        var refused = await viewer.PostFormAsync("/plan", new() { ["id"] = id }, "remove");
        Assert.StartsWith("/account/access-denied", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<int> Versions(string actionId)
    {
        using var scope = site.Factory.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<Inspection.Content.Store.IContentStore>();
        return (await store.ListVersionsAsync(actionId, CancellationToken.None)).Count;
    }

    private static async Task<string> FollowAsync(WebSession session, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        return await session.GetPageAsync(location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString.Split('#')[0]);
    }

    private static string ActionId(string page, string title) =>
        System.Text.RegularExpressions.Regex.Match(page, $@"<tr id=""action-([^""]+)"">\s*<td>{System.Text.RegularExpressions.Regex.Escape(title)}</td>").Groups[1].Value;

    private static string Row(string page, string title, bool required = true)
    {
        var at = page.IndexOf($"<td>{title}</td>", StringComparison.Ordinal);
        if (at < 0)
        {
            Assert.False(required, $"no row for {title}");
            return "";
        }

        var end = page.IndexOf("</tr>", at, StringComparison.Ordinal);
        return page[at..end];
    }

    private static string Caption(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "<caption>([^<]+)</caption>").Groups[1].Value;
}

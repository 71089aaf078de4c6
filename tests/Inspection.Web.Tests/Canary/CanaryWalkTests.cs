using System.Net;
using Inspection.Web.Tests.Infrastructure;

namespace Inspection.Web.Tests.Canary;

/// <summary>
/// No role sees what its classifications do not allow, anywhere: a walk of every page and endpoint the README names and
/// every link they show, over a store seeded with canaries (SQLite here; <see cref="PostgresCanaryWalkTests"/> on PostgreSQL).
/// </summary>
public sealed class CanaryWalkTests(SqliteCanaryStore store) : IClassFixture<SqliteCanaryStore>
{
    public static TheoryData<string> Users => [.. CanaryStore.Accounts.Select(a => a.User)];

    [Theory]
    [MemberData(nameof(Users))]
    public async Task NoPageOrEndpointShowsARoleWhatItMayNotSee(string user)
    {
        var problems = await CanaryWalk.ProblemsAsync(store, user);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public async Task AnOfficialFindingShowsAViewerNeitherItsPersonalHistoryNorItsPersonalEvidence()
    {
        using var lead = await store.SignInAsync("lead");
        var leadPage = await lead.GetPageAsync($"/findings/{store.OfficialFindingId}");
        Assert.Contains("Zephyrine Quillfeather", leadPage, StringComparison.Ordinal);

        using var viewer = await store.SignInAsync("viewer");
        var page = await viewer.GetPageAsync($"/findings/{store.OfficialFindingId}");
        Assert.Contains("The same matter at other visits", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Quillfeather", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Larkspur", page, StringComparison.Ordinal);

        var tracked = (await viewer.GetJsonAsync("/api/findings")).EnumerateArray()
            .Single(f => f.GetProperty("finding").GetProperty("findingId").GetString() == store.OfficialFindingId);
        Assert.DoesNotContain(tracked.GetProperty("history").EnumerateArray(), h => h.GetProperty("findingId").GetString() == store.PersonalFindingId);
        Assert.DoesNotContain(tracked.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("passageId").GetString() == store.PersonalPassageId);
        Assert.Contains(tracked.GetProperty("actions").EnumerateArray(), a => a.GetProperty("contentItemId").GetString() == store.OfficialActionId);
    }

    [Fact]
    public async Task ThePlanShowsAnActionOnlyToThoseWhoMaySeeEveryFindingItAnswers()
    {
        using var viewer = await store.SignInAsync("viewer");
        var viewed = await viewer.GetPageAsync("/plan");
        Assert.Contains("Monthly dip sample of supervision records", viewed, StringComparison.Ordinal);
        Assert.DoesNotContain("Quillfeather", viewed, StringComparison.Ordinal);
        Assert.DoesNotContain("Corncrake Lane", viewed, StringComparison.Ordinal);

        using var contributor = await store.SignInAsync("contributor");
        var contributed = await contributor.GetPageAsync("/plan");
        Assert.Contains("Review of the Corncrake Lane team&#x27;s plans", contributed, StringComparison.Ordinal);
        Assert.DoesNotContain("Quillfeather", contributed, StringComparison.Ordinal);

        using var officer = await store.SignInAsync("officer");
        var refused = await officer.PostFormAsync("/plan", new() { ["id"] = store.PersonalActionId, ["owner"] = "Someone", ["due"] = "31/03/2027", ["rag"] = "Green" }, "update");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);

        using var lead = await store.SignInAsync("lead");
        Assert.Contains("Weekly check of Zephyrine Quillfeather&#x27;s supervision actions", await lead.GetPageAsync("/plan"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadJobsAreSeenByTheirUploaderAndByThoseWhoMaySeeWhatTheyHold()
    {
        using var contributor = await store.SignInAsync("contributor");
        var jobs = await contributor.GetPageAsync("/jobs");
        Assert.Contains($"/jobs/{store.DuplicateJobId}", jobs, StringComparison.Ordinal);
        Assert.DoesNotContain($"/jobs/{store.PersonalJobId}", jobs, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await contributor.Client.GetAsync(new Uri($"/jobs/{store.PersonalJobId}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await contributor.Client.GetAsync(new Uri($"/api/jobs/{store.PersonalJobId}", UriKind.Relative))).StatusCode);

        using var officer = await store.SignInAsync("officer");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.Client.GetAsync(new Uri($"/api/jobs/{store.DuplicateJobId}", UriKind.Relative))).StatusCode);

        using var lead = await store.SignInAsync("lead");
        Assert.Contains($"/jobs/{store.DuplicateJobId}", await lead.GetPageAsync("/jobs"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADuplicateOfEvidenceTheUploaderMayNotSeeIsReportedAsAlreadyHeldWithoutItsId()
    {
        using var contributor = await store.SignInAsync("contributor");
        var job = await contributor.GetJsonAsync($"/api/jobs/{store.DuplicateJobId}");
        var file = job.GetProperty("files")[0];
        Assert.Equal("duplicate", file.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, file.GetProperty("documentId").ValueKind);
        var page = await contributor.GetPageAsync($"/jobs/{store.DuplicateJobId}");
        Assert.Contains("Already held", page, StringComparison.Ordinal);
        Assert.DoesNotContain(store.PersonalLetterId, page, StringComparison.Ordinal);

        using var lead = await store.SignInAsync("lead");
        var seen = await lead.GetJsonAsync($"/api/jobs/{store.DuplicateJobId}");
        Assert.Equal(store.PersonalLetterId, seen.GetProperty("files")[0].GetProperty("documentId").GetString());
    }

    [Fact]
    public async Task ARefusedLookupIsAnsweredAsNotFoundAndAuditedWithWhoAndWhat()
    {
        using var viewer = await store.SignInAsync("viewer");
        foreach (var path in new[] { $"/documents/{store.PersonalLetterId}", $"/api/documents/{store.PersonalLetterId}", $"/documents/{store.PersonalLetterId}?handler=original", $"/findings/{store.PersonalFindingId}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await viewer.Client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }

        using var admin = await store.SignInAsync("admin");
        var audit = await admin.GetPageAsync($"/admin/audit?document={store.PersonalLetterId}");
        Assert.Contains($"document {store.PersonalLetterId}", audit, StringComparison.Ordinal);
        Assert.Contains($"finding {store.PersonalFindingId}", await admin.GetPageAsync($"/admin/audit?document={store.PersonalLetterId}"), StringComparison.Ordinal);
        Assert.Matches("<td>viewer</td>\\s*<td>Refused a view of restricted evidence</td>", audit);
    }

    [Fact]
    public async Task AnAuditorWhoMaySeeOfficialEvidenceOnlyReadsNoRestrictedDetailInTheLog()
    {
        using var admin = await store.SignInAsync("admin");
        Assert.Contains("quillfeather-monitoring-visit.html", await admin.GetPageAsync("/admin/audit"), StringComparison.Ordinal);

        using var officer = await store.SignInAsync("officer");
        var audit = await officer.GetPageAsync("/admin/audit");
        Assert.Contains("<h1>Audit log</h1>", audit, StringComparison.Ordinal);
        foreach (var secret in store.ForbiddenFor("officer"))
        {
            Assert.DoesNotContain(secret, audit, StringComparison.OrdinalIgnoreCase);
        }
    }
}

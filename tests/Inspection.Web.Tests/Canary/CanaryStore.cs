using System.Net;
using System.Text.Json;
using Inspection.Content.Recipes;
using Inspection.Readiness.Frameworks;
using Inspection.Web.Security;
using Inspection.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Web.Tests.Canary;

/// <summary>
/// A site whose store holds restricted evidence carrying canaries: a Personal letter and case audit naming a child (name,
/// date of birth, address), an Official-Sensitive letter naming a team manager, their findings (one on the same matter as a
/// sample letter's finding, so it is in that finding's history), actions answering them, a Personal passage linked as
/// evidence to an Official finding, upload jobs whose file names carry the canaries, and a duplicate of the Personal letter
/// uploaded by someone who may not see it. Everything is done through the web app as real users would.
/// </summary>
public abstract class CanaryStore : IAsyncLifetime
{
    public const string Personal = "Personal";
    public const string OfficialSensitive = "Official-Sensitive";
    public const string Official = "Official";

    /// <summary>Words that appear only in the restricted evidence, by its classification.</summary>
    public static IReadOnlyDictionary<string, string[]> Markers { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Personal] = ["Quillfeather", "Zephyrine", "Larkspur Mews", "14 March 2012"],
        [OfficialSensitive] = ["Thistlewaite", "Ottoline", "Corncrake Lane"],
    };

    /// <summary>One account per role, with the classifications the README says each role may see.</summary>
    public static IReadOnlyList<(string User, string Role, string[] Sees)> Accounts { get; } =
    [
        ("admin", "Administrator", [Official, OfficialSensitive, Personal]),
        ("senior", "SeniorLeader", [Official, OfficialSensitive, Personal]),
        ("lead", "QualityLead", [Official, OfficialSensitive, Personal]),
        ("contributor", "Contributor", [Official, OfficialSensitive]),
        ("viewer", "Viewer", [Official]),
        // Every power the roles recipe knows, but Official eyes: the plan, jobs, packs and audit pages must all trim.
        ("officer", "OfficialOfficer", [Official]),
    ];

    private InspectionWebFactory? _factory;

    public InspectionWebFactory Factory => _factory ?? throw new InvalidOperationException("the store is not set up yet");

    /// <summary>Every restricted thing the seeding made: what it is, its id, who may see it.</summary>
    public List<RestrictedThing> Restricted { get; } = [];

    public string PersonalLetterId { get; private set; } = "";

    public string PersonalAuditId { get; private set; } = "";

    public string SensitiveLetterId { get; private set; } = "";

    public string PersonalFindingId { get; private set; } = "";

    public string SensitiveFindingId { get; private set; } = "";

    /// <summary>A sample (Official) finding whose history holds the Personal finding and to which Personal evidence is linked.</summary>
    public string OfficialFindingId { get; private set; } = "";

    public string PersonalActionId { get; private set; } = "";

    public string SensitiveActionId { get; private set; } = "";

    public string OfficialActionId { get; private set; } = "";

    public string PersonalJobId { get; private set; } = "";

    public string DuplicateJobId { get; private set; } = "";

    public string PersonalPassageId { get; private set; } = "";

    /// <summary>What the account may not see: the canaries of the classifications it may not see, and the ids of restricted things it neither may see nor owns.</summary>
    public IReadOnlyList<string> ForbiddenFor(string user)
    {
        var sees = Accounts.Single(a => a.User == user).Sees;
        return [.. Markers.Where(m => !sees.Contains(m.Key)).SelectMany(m => m.Value)
            .Concat(Restricted.Where(r => !sees.Contains(r.Classification) && r.Owner != user).Select(r => r.Id))];
    }

    public async Task<WebSession> SignInAsync(string user) => await WebSession.SignInAsync(Factory, user, InspectionWebFactory.Password);

    /// <summary>The frameworks' ids, for the README's <c>{framework}</c> routes.</summary>
    public IReadOnlyList<string> Frameworks { get; private set; } = [];

    protected abstract Task<InspectionWebFactory> CreateFactoryAsync();

    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        _factory = await CreateFactoryAsync();
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RecipeImporter>().ImportFileAsync(File("canary-roles.recipe.json"), null, CancellationToken.None);
            Frameworks = [.. (await scope.ServiceProvider.GetRequiredService<IFrameworkCatalog>().ListAsync(CancellationToken.None)).Select(f => f.Id)];
        }

        Factory.Services.GetRequiredService<RolePermissions>().Invalidate();
        foreach (var (user, role, _) in Accounts)
        {
            await Factory.CreateUserAsync(user, role);
        }

        using var lead = await SignInAsync("lead");
        using var contributor = await SignInAsync("contributor");
        var letter = await System.IO.File.ReadAllBytesAsync(File("personal-monitoring-visit-2024-10.html"));

        var personalJob = await lead.UploadAndWaitAsync(Personal, ("quillfeather-monitoring-visit.html", letter));
        PersonalJobId = personalJob.GetProperty("id").GetString()!;
        PersonalLetterId = Created(personalJob);
        var auditJob = await lead.UploadAndWaitAsync(Personal, ("quillfeather-case-audit.txt", await System.IO.File.ReadAllBytesAsync(File("personal-case-audit.txt"))));
        PersonalAuditId = Created(auditJob);
        var sensitiveJob = await contributor.UploadAndWaitAsync(OfficialSensitive, ("thistlewaite-monitoring-visit.html", await System.IO.File.ReadAllBytesAsync(File("sensitive-monitoring-visit-2025-02.html"))));
        SensitiveLetterId = Created(sensitiveJob);
        // The contributor happens on a copy of the Personal letter: it is already held, by a document they may not see.
        var duplicateJob = await contributor.UploadAndWaitAsync(OfficialSensitive, ("monitoring-visit-copy.html", letter));
        Assert.Equal("duplicate", duplicateJob.GetProperty("files")[0].GetProperty("status").GetString());
        DuplicateJobId = duplicateJob.GetProperty("id").GetString()!;

        var findings = (await lead.GetJsonAsync("/api/findings")).EnumerateArray().Select(f => f.GetProperty("finding")).ToList();
        PersonalFindingId = Id(findings.Single(f => Document(f) == PersonalLetterId));
        SensitiveFindingId = Id(findings.Single(f => Document(f) == SensitiveLetterId));
        OfficialFindingId = Id(findings.Single(f => f.GetProperty("visitDate").GetString() == "2024-04-23"
            && f.GetProperty("text").GetString()!.StartsWith("The effectiveness of management oversight", StringComparison.Ordinal)));

        PersonalActionId = await AddActionAsync(lead, "Weekly check of Zephyrine Quillfeather's supervision actions", PersonalFindingId);
        SensitiveActionId = await AddActionAsync(lead, "Review of the Corncrake Lane team's plans", SensitiveFindingId);
        OfficialActionId = await AddActionAsync(lead, "Monthly dip sample of supervision records", OfficialFindingId);

        var hits = await lead.GetJsonAsync("/api/search?q=Quillfeather+return+home+interview");
        PersonalPassageId = hits.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("documentId").GetString() == PersonalAuditId).GetProperty("passageId").GetString()!;
        var linked = await lead.PostFormAsync($"/findings/{OfficialFindingId}", new() { ["documentId"] = PersonalAuditId, ["passageId"] = PersonalPassageId }, "link");
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);

        // Views and downloads put the restricted documents' ids and file names in the audit log.
        await lead.GetPageAsync($"/documents/{PersonalLetterId}");
        Assert.Equal(HttpStatusCode.OK, (await lead.Client.GetAsync(new Uri($"/documents/{PersonalLetterId}?handler=original", UriKind.Relative))).StatusCode);

        await AddRestrictedAsync(lead);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await CleanUpAsync();
    }

    private async Task AddRestrictedAsync(WebSession lead)
    {
        foreach (var (id, classification) in new[] { (PersonalLetterId, Personal), (PersonalAuditId, Personal), (SensitiveLetterId, OfficialSensitive) })
        {
            Restricted.Add(new RestrictedThing("document", id, classification, null));
            var document = await lead.GetJsonAsync($"/api/documents/{id}");
            Restricted.AddRange(document.GetProperty("passages").EnumerateArray().Select(p => new RestrictedThing("passage", p.GetProperty("id").GetString()!, classification, null)));
            Restricted.AddRange(document.GetProperty("findings").EnumerateArray().Select(f => new RestrictedThing("finding", f.GetProperty("id").GetString()!, classification, null)));
        }

        Restricted.Add(new RestrictedThing("action", PersonalActionId, Personal, null));
        Restricted.Add(new RestrictedThing("action", SensitiveActionId, OfficialSensitive, null));
        var jobs = await lead.GetPageAsync("/jobs");
        foreach (var job in System.Text.RegularExpressions.Regex.Matches(jobs, "href=\"/jobs/([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct())
        {
            var progress = await lead.GetJsonAsync($"/api/jobs/{job}");
            var file = progress.GetProperty("files")[0].GetProperty("fileName").GetString()!;
            if (file.StartsWith("quillfeather", StringComparison.Ordinal))
            {
                Restricted.Add(new RestrictedThing("upload job", job, Personal, "lead"));
            }
            else if (file.StartsWith("thistlewaite", StringComparison.Ordinal) || file == "monitoring-visit-copy.html")
            {
                Restricted.Add(new RestrictedThing("upload job", job, OfficialSensitive, "contributor"));
            }
        }
    }

    private static async Task<string> AddActionAsync(WebSession lead, string title, string findingId)
    {
        var added = await lead.PostFormAsync("/plan", new() { ["title"] = title, ["owner"] = "Head of Service", ["due"] = "31/03/2027", ["rag"] = "Amber", ["finding"] = findingId }, "create");
        // The plan redirects after a post; the message is on the page it redirects to.
        Assert.Equal(System.Net.HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Action added and linked to the finding", await lead.GetPageAsync(added.Headers.Location!.OriginalString), StringComparison.Ordinal);
        var finding = (await lead.GetJsonAsync("/api/findings")).EnumerateArray().Single(f => Id(f.GetProperty("finding")) == findingId);
        return finding.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString() == title).GetProperty("contentItemId").GetString()!;
    }

    private static string Created(JsonElement job)
    {
        var file = job.GetProperty("files")[0];
        Assert.Equal("created", file.GetProperty("status").GetString());
        return file.GetProperty("documentId").GetString()!;
    }

    private static string Id(JsonElement finding) => finding.GetProperty("findingId").GetString()!;

    private static string Document(JsonElement finding) => finding.GetProperty("contentItemId").GetString()!;

    private static string File(string name) => Path.Combine(AppContext.BaseDirectory, "Canary", name);
}

using Inspection.Application.Audit;
using Inspection.Application.Documents;
using Inspection.Application.Findings;
using Inspection.Application.Jobs;
using Inspection.Application.Plans;
using Inspection.Content.Store;
using Inspection.Readiness.Access;
using Inspection.Readiness.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Application.Tests;

/// <summary>
/// The access rules as every host meets them through the application layer: an action is seen only by those who may see
/// every finding it answers, a job by its uploader and those who may see what it holds, the audit log without what the
/// reader may not see (deleted evidence included), and changes only with the permission for them.
/// </summary>
public sealed class AccessRulesTests : IAsyncLifetime
{
    private ApplicationStore _store = null!;
    private string _officialFinding = "";
    private string _personalFinding = "";
    private string _personalDocument = "";
    private string _personalJob = "";

    private static Caller Lead { get; } = Caller.ForRole("lead", null, "QualityLead", new HashSet<string>(StringComparer.Ordinal)
        { Permissions.ViewEvidence, Permissions.ViewOfficialSensitive, Permissions.ViewPersonal, Permissions.ManageFindings, Permissions.UploadEvidence, Permissions.ViewAuditLog });

    private static Caller OfficialAuditor { get; } = Caller.ForRole("auditor", null, "Auditor", new HashSet<string>(StringComparer.Ordinal)
        { Permissions.ViewEvidence, Permissions.ManageFindings, Permissions.UploadEvidence, Permissions.ViewAuditLog });

    public async Task InitializeAsync()
    {
        _store = await ApplicationStore.CreateAsync();
        await _store.IngestAsync(Path.Combine(ApplicationStore.Root, "evidence-samples", "ofsted-monitoring-visit-4-2024-05.html"), "lead", "Official");
        var (job, outcome) = await _store.IngestAsync(Path.Combine(ApplicationStore.Root, "tests", "Inspection.Web.Tests", "Canary", "personal-monitoring-visit-2024-10.html"), "dana", "Personal");
        (_personalJob, _personalDocument) = (job, outcome.DocumentId!);
        var findings = await _store.InScopeAsync(sp => sp.GetRequiredService<FindingService>().ListAsync(null, Lead, CancellationToken.None));
        _personalFinding = findings.Single(f => f.Finding.ContentItemId == _personalDocument).Finding.FindingId;
        _officialFinding = findings.Single(f => f.Finding.Text.StartsWith("The effectiveness of management oversight", StringComparison.Ordinal)
            && f.Finding.ContentItemId != _personalDocument).Finding.FindingId;
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task AnActionAnsweringAnOfficialAndAPersonalFindingIsSeenOnlyByThoseWhoMaySeeBoth()
    {
        var action = await _store.InScopeAsync(sp => sp.GetRequiredService<PlanService>()
            .CreateAsync(new ActionDraft("Supervision tracker for the named child", "Head of Service", null, "Amber"), _officialFinding, Lead, CancellationToken.None));
        await _store.InScopeAsync(sp => sp.GetRequiredService<FindingService>().LinkActionAsync(_personalFinding, action.ContentItemId, Lead, CancellationToken.None));

        var leadPlan = await _store.InScopeAsync(sp => sp.GetRequiredService<PlanService>().ListAsync(Lead, CancellationToken.None));
        Assert.Equal(2, leadPlan.Single(a => a.Action.ContentItemId == action.ContentItemId).Findings.Count);
        var auditorPlan = await _store.InScopeAsync(sp => sp.GetRequiredService<PlanService>().ListAsync(OfficialAuditor, CancellationToken.None));
        Assert.DoesNotContain(auditorPlan, a => a.Action.ContentItemId == action.ContentItemId);

        var official = await _store.InScopeAsync(sp => sp.GetRequiredService<FindingService>().GetAsync(_officialFinding, OfficialAuditor, CancellationToken.None));
        Assert.NotNull(official);
        Assert.Empty(official.Actions);
        Assert.DoesNotContain(official.History, h => h.ContentItemId == _personalDocument);
        var refused = await Assert.ThrowsAsync<Readiness.ReadinessException>(() => _store.InScopeAsync(sp => sp.GetRequiredService<PlanService>()
            .UpdateAsync(action.ContentItemId, new ActionDraft(null, "Someone else", null, "Green"), OfficialAuditor, CancellationToken.None)));
        Assert.True(refused.IsNotFound);
    }

    [Fact]
    public async Task AJobShowsItsUploaderTheirFilesButNotADocumentTheyMayNoLongerSee()
    {
        // Dana uploaded the Personal letter, then moved to a role that sees Official evidence only.
        var dana = OfficialAuditor with { UserName = "dana", DisplayName = "dana" };
        var own = await _store.InScopeAsync(sp => sp.GetRequiredService<JobService>().GetAsync(_personalJob, dana, CancellationToken.None));
        Assert.NotNull(own);
        var file = Assert.Single(own.Files);
        Assert.Equal("personal-monitoring-visit-2024-10.html", file.FileName);
        Assert.Null(file.DocumentId);

        Assert.Null(await _store.InScopeAsync(sp => sp.GetRequiredService<JobService>().GetAsync(_personalJob, OfficialAuditor, CancellationToken.None)));
        Assert.DoesNotContain(await _store.InScopeAsync(sp => sp.GetRequiredService<JobService>().ListAsync(50, OfficialAuditor, CancellationToken.None)), j => j.Id == _personalJob);
        var leadView = await _store.InScopeAsync(sp => sp.GetRequiredService<JobService>().GetAsync(_personalJob, Lead, CancellationToken.None));
        Assert.Equal(_personalDocument, Assert.Single(leadView!.Files).DocumentId);

        var log = await _store.InScopeAsync(sp => sp.GetRequiredService<AuditReader>().ListAsync(null, 50, Lead, CancellationToken.None));
        Assert.Contains(log, e => e.UserName == "auditor" && e.Action == AccessPolicy.RefusedAudit && e.Detail == $"upload job {_personalJob}");
    }

    [Fact]
    public async Task AuditLinesAboutRestrictedEvidenceStayWithheldFromAnOfficialOnlyReaderAfterItIsDeleted()
    {
        Assert.NotNull(await _store.InScopeAsync(sp => sp.GetRequiredService<DocumentService>().GetAsync(_personalDocument, Lead, CancellationToken.None)));
        await _store.InScopeAsync(sp => sp.GetRequiredService<IContentStore>().InTransactionAsync(
            async ct =>
            {
                await sp.GetRequiredService<IContentStore>().DeleteAsync(_personalDocument, ct);
                return true;
            },
            CancellationToken.None));

        var full = await _store.InScopeAsync(sp => sp.GetRequiredService<AuditReader>().ListAsync(null, 100, Lead, CancellationToken.None));
        Assert.Contains(full, e => e.ContentItemId == _personalDocument && e.Action == DocumentService.ViewAudit);
        var trimmed = await _store.InScopeAsync(sp => sp.GetRequiredService<AuditReader>().ListAsync(null, 100, OfficialAuditor, CancellationToken.None));
        Assert.Equal(full.Count, trimmed.Count);
        Assert.DoesNotContain(trimmed, e => e.ContentItemId == _personalDocument || (e.Detail ?? "").Contains("personal-monitoring-visit", StringComparison.Ordinal));
        Assert.Contains(trimmed, e => e.Action == DocumentService.ViewAudit && e.UserName == "lead" && e.ContentItemId is null && e.Detail is null);
    }

    [Fact]
    public async Task ChangesNeedTheirPermissionWhicheverHostAsks()
    {
        var viewer = Caller.ForRole("viewer", null, "Viewer", new HashSet<string>(StringComparer.Ordinal) { Permissions.ViewEvidence });
        await Assert.ThrowsAsync<AccessDeniedException>(() => _store.InScopeAsync(sp => sp.GetRequiredService<FindingService>()
            .SetStatusAsync(_officialFinding, "closed", viewer, CancellationToken.None)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _store.InScopeAsync(sp => sp.GetRequiredService<AuditReader>()
            .ListAsync(null, 10, viewer, CancellationToken.None)));

        // A lead of Official evidence only may not move a Personal finding on, and is told it does not exist.
        var missing = await Assert.ThrowsAsync<Readiness.ReadinessException>(() => _store.InScopeAsync(sp => sp.GetRequiredService<FindingService>()
            .SetStatusAsync(_personalFinding, "closed", OfficialAuditor, CancellationToken.None)));
        Assert.Equal($"no finding with id '{_personalFinding}'", missing.Message);
    }
}

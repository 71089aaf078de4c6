using Inspection.Content.Audit;
using Inspection.Content.Evidence;
using Inspection.Content.Persistence;
using Inspection.Content.Store;
using Inspection.Readiness.Findings;
using Inspection.Readiness.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Readiness.Tests.Findings;

[Collection(CorpusTests.Name)]
public sealed class FindingTrackerTests(IngestedCorpus corpus)
{
    [Fact]
    public async Task TheThurrockFocusedVisitLetterGivesThreeOpenAreasForImprovementOnItsPage()
    {
        await using var scope = corpus.Scope();
        var tracker = scope.ServiceProvider.GetRequiredService<IFindingTracker>();

        var thurrock = (await tracker.ListAsync(null, CancellationToken.None))
            .Where(f => f.SourceFile == IngestedCorpus.ThurrockScrutiny && f.Finding.Kind == FindingKinds.AreaForImprovement)
            .ToList();

        Assert.Equal(3, thurrock.Count);
        Assert.All(thurrock, f =>
        {
            Assert.Equal(FindingKinds.AreaForImprovement, f.Finding.Kind);
            Assert.Equal(31, f.Finding.Page);
            Assert.Equal(new DateOnly(2021, 6, 30), f.Finding.VisitDate);
            Assert.Equal("focused-visit", f.Finding.VisitKind);
        });
        Assert.Contains(thurrock, f => f.Finding.Text.Contains("return home interviews", StringComparison.Ordinal));
        Assert.Contains(thurrock, f => f.Finding.Text.Contains("extra-familial harm", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MedwayRevisitVerdictsAreLinkedToTheWeaknessesTheyRestate()
    {
        await using var scope = corpus.Scope();
        var tracker = scope.ServiceProvider.GetRequiredService<IFindingTracker>();

        var medway = (await tracker.ListAsync(null, CancellationToken.None))
            .Where(f => f.SourceFile == IngestedCorpus.MedwayRevisit)
            .ToList();
        var weaknesses = medway.Where(f => f.Finding.Kind == FindingKinds.SignificantWeakness).ToList();
        var verdicts = medway.Where(f => f.Finding.Kind == FindingKinds.ProgressVerdict).ToList();

        Assert.Equal(8, weaknesses.Count);
        Assert.Equal(8, verdicts.Count);
        Assert.All(weaknesses, w => Assert.Equal(new DateOnly(2017, 12, 4), w.Finding.VisitDate));
        Assert.All(verdicts, v =>
        {
            // Oldest first: the 2017 weakness the verdict restates leads the verdict's history.
            var origin = v.History[0];
            Assert.Equal(FindingKinds.SignificantWeakness, origin.Kind);
            Assert.Equal(new DateOnly(2017, 12, 4), origin.VisitDate);
            Assert.Equal(Normalise(v.Finding.Text), Normalise(origin.Text));
        });

        var plans = weaknesses.Single(w => w.Finding.Text.Contains("education health and care plans", StringComparison.Ordinal));
        // The revisit's verdict on plans, and the lead member report's quotation of the revisit on the social care advice in
        // plans, which restates the same matter.
        Assert.Equal(2, plans.History.Count);
        var quotedLater = Assert.Single(plans.History, h => h.Kind == FindingKinds.QuotedFinding);
        Assert.StartsWith("The quality of the social care advice contained in EHCPs", quotedLater.Text, StringComparison.Ordinal);
        var planVerdict = Assert.Single(plans.History, h => h.Kind == FindingKinds.ProgressVerdict);
        Assert.Equal("insufficient", planVerdict.Verdict);
        Assert.Equal(6, planVerdict.Page);
        Assert.Equal(new DateOnly(2019, 12, 9), planVerdict.VisitDate);

        var leadership = weaknesses.Single(w => w.Finding.Text.Contains("joint strategic leadership", StringComparison.Ordinal));
        Assert.Equal(3, Assert.Single(leadership.History).Page);
    }

    [Fact]
    public async Task MedwaysSufficientVerdictsMoveTheirWeaknessesToAddressedAndInsufficientOnesLeaveThemOpen()
    {
        await using var scope = corpus.Scope();
        var tracker = scope.ServiceProvider.GetRequiredService<IFindingTracker>();

        var medway = (await tracker.ListAsync(null, CancellationToken.None)).Where(f => f.SourceFile == IngestedCorpus.MedwayRevisit).ToList();
        var weaknesses = medway.Where(f => f.Finding.Kind == FindingKinds.SignificantWeakness).ToList();

        // Five areas made sufficient progress at the December 2019 revisit, three did not.
        var addressed = weaknesses.Where(w => w.Status == FindingStatuses.Addressed).ToList();
        Assert.Equal(5, addressed.Count);
        Assert.All(addressed, w =>
        {
            var verdict = medway.Single(f => f.Finding.FindingId == w.AddressedByVerdictId);
            Assert.Equal("sufficient", verdict.Finding.Verdict);
            Assert.Equal(Normalise(w.Finding.Text), Normalise(verdict.Finding.Text));
        });
        var open = weaknesses.Where(w => w.Status == FindingStatuses.Open).ToList();
        Assert.Equal(3, open.Count);
        Assert.All(open, w =>
        {
            Assert.Null(w.AddressedByVerdictId);
            Assert.Equal("insufficient", Assert.Single(w.History, h => h.Kind == FindingKinds.ProgressVerdict).Verdict);
        });
        Assert.Contains(open, w => w.Finding.Text.Contains("education health and care plans", StringComparison.Ordinal));

        var audit = await scope.ServiceProvider.GetRequiredService<IAuditLog>().ListAsync(addressed[0].Finding.ContentItemId, 200, CancellationToken.None);
        Assert.Equal(5, audit.Count(a => a.Action == FindingHistoryLinker.SettledAudit));
    }

    [Fact]
    public async Task ThurrocksWrittenStatementOfActionGivesItsThreeAreasOfConcernFromTheSendInspection()
    {
        await using var scope = corpus.Scope();
        var tracker = scope.ServiceProvider.GetRequiredService<IFindingTracker>();

        var concerns = (await tracker.ListAsync(null, CancellationToken.None))
            .Where(f => f.SourceFile == IngestedCorpus.ThurrockScrutiny && f.Finding.Kind == FindingKinds.AreaOfConcern)
            .ToList();

        Assert.Equal(3, concerns.Count);
        Assert.All(concerns, c =>
        {
            Assert.Equal(new DateOnly(2019, 3, 4), c.Finding.VisitDate);
            Assert.Equal("area-send-inspection", c.Finding.VisitKind);
            Assert.Equal(FindingStatuses.Open, c.Status);
        });
        Assert.StartsWith("Inaccurate and incomplete records", concerns[0].Finding.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFocusedVisitFindingKeepingAMonitoringVisitsKeyPhraseShowsThatVisitInItsHistory()
    {
        await using var scope = corpus.Scope();
        var tracker = scope.ServiceProvider.GetRequiredService<IFindingTracker>();
        var all = await tracker.ListAsync(null, CancellationToken.None);

        var focused = all.Single(f => f.SourceFile == IngestedCorpus.HarrowdenFocusedVisit && f.Finding.Text.Contains("management oversight", StringComparison.Ordinal));
        var earlier = Assert.Single(focused.History);
        Assert.Equal(new DateOnly(2024, 4, 23), earlier.VisitDate);
        Assert.Contains("management oversight and supervision", earlier.Text, StringComparison.Ordinal);
        var monitoring = all.Single(f => f.Finding.FindingId == earlier.FindingId);
        Assert.Equal(IngestedCorpus.HarrowdenMonitoringVisit, monitoring.SourceFile);
        Assert.Equal(focused.Finding.FindingId, Assert.Single(monitoring.History).FindingId);
        Assert.Empty(all.Single(f => f.SourceFile == IngestedCorpus.HarrowdenFocusedVisit && f.Finding.Text.Contains("17-year-olds", StringComparison.Ordinal)).History);
    }

    [Fact]
    public async Task FindingsOnDifferentMattersStayApart()
    {
        await using var scope = corpus.Scope();
        var tracker = scope.ServiceProvider.GetRequiredService<IFindingTracker>();
        var all = await tracker.ListAsync(null, CancellationToken.None);

        // The 2021 Thurrock visit has no earlier Thurrock finding, and Medway's 2017 matters do not join each other.
        Assert.All(all.Where(f => f.SourceFile == IngestedCorpus.ThurrockScrutiny), f => Assert.Empty(f.History));
        Assert.All(
            all.Where(f => f.Finding.Kind == FindingKinds.SignificantWeakness),
            w => Assert.DoesNotContain(w.History, h => h.Kind == FindingKinds.SignificantWeakness));
        var coProduction = all.Single(f => f.SourceFile == IngestedCorpus.MedwayRevisit && f.Finding.Kind == FindingKinds.SignificantWeakness && f.Finding.Text.Contains("co-production", StringComparison.Ordinal));
        Assert.All(coProduction.History, h => Assert.Contains("co-production", h.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LinkingAnActionMovesAnOpenFindingToInProgressWithTheActionsRagHistory()
    {
        await using var scope = corpus.Scope();
        var tracker = scope.ServiceProvider.GetRequiredService<IFindingTracker>();
        var store = scope.ServiceProvider.GetRequiredService<IContentStore>();
        var finding = (await tracker.ListAsync(FindingStatuses.Open, CancellationToken.None))
            .First(f => f.Finding.Text.Contains("return home interviews", StringComparison.Ordinal));
        var actionId = await ActionItems.CreateAsync(store, "Audit return home interviews quarterly", "Head of Service, Exploitation", new DateOnly(2022, 3, 31), "Red", "Amber", "Green");

        var linked = await tracker.LinkActionAsync(finding.Finding.FindingId, actionId, "qa-lead", CancellationToken.None);

        Assert.Equal(FindingStatuses.InProgress, linked.Status);
        var action = Assert.Single(linked.Actions);
        Assert.Equal("Audit return home interviews quarterly", action.Title);
        Assert.Equal("Head of Service, Exploitation", action.Owner);
        Assert.Equal(new DateOnly(2022, 3, 31), action.DueDate);
        Assert.Equal("Green", action.Rag);
        Assert.Equal(["Red", "Amber", "Green"], action.RagHistory.Select(r => r.Rag));
        Assert.True(action.RagHistory[0].ChangedUtc <= action.RagHistory[2].ChangedUtc);
        Assert.Equal(FindingStatuses.InProgress, (await tracker.GetAsync(finding.Finding.FindingId, CancellationToken.None))!.Status);

        var audit = await scope.ServiceProvider.GetRequiredService<IAuditLog>().ListAsync(finding.Finding.ContentItemId, 50, CancellationToken.None);
        var line = Assert.Single(audit, a => a.Action == FindingTracker.LinkActionAudit);
        Assert.Equal("qa-lead", line.UserName);
        Assert.Contains(finding.Finding.FindingId, line.Detail, StringComparison.Ordinal);
        Assert.Contains(actionId, line.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyEvidenceDatedAfterTheVisitMovesAFindingToEvidenceOfImpact()
    {
        await using var scope = corpus.Scope();
        var tracker = scope.ServiceProvider.GetRequiredService<IFindingTracker>();
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        var finding = (await tracker.ListAsync(null, CancellationToken.None))
            .First(f => f.SourceFile == IngestedCorpus.ThurrockScrutiny && f.Finding.Text.Contains("Earlier transition planning", StringComparison.Ordinal));
        var earlier = await PassageOfAsync(db, IngestedCorpus.MedwayRevisit, "Area 7");
        var later = await PassageOfAsync(db, IngestedCorpus.MedwayLeadMember, "");

        var afterEarlier = await tracker.LinkEvidenceAsync(finding.Finding.FindingId, earlier, "qa-lead", CancellationToken.None);
        Assert.Equal(FindingStatuses.Open, afterEarlier.Status);
        var afterLater = await tracker.LinkEvidenceAsync(finding.Finding.FindingId, later, "qa-lead", CancellationToken.None);

        Assert.Equal(FindingStatuses.EvidenceOfImpact, afterLater.Status);
        Assert.Equal([earlier, later], afterLater.Evidence.Select(e => e.PassageId));
        var evidence = afterLater.Evidence[1];
        Assert.Equal("CommitteeReport", evidence.Kind);
        Assert.Equal(new DateOnly(2022, 3, 3), evidence.Date);
        Assert.True(evidence.PageFrom >= 1);
        Assert.False(string.IsNullOrWhiteSpace(evidence.Title));
        var links = await db.FindingLinks.AsNoTracking().Where(l => l.FindingId == finding.Finding.FindingId).ToListAsync();
        Assert.Equal(2, links.Count(l => l.LinkType == FindingLinkTypes.Evidence));
        var audit = await scope.ServiceProvider.GetRequiredService<IAuditLog>().ListAsync(finding.Finding.ContentItemId, 50, CancellationToken.None);
        Assert.Equal(2, audit.Count(a => a.Action == FindingTracker.LinkEvidenceAudit && a.Detail!.Contains(finding.Finding.FindingId, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SettingAStatusNormalisesWhatWasTypedAndRejectsAnUnknownOneListingTheValidOnes()
    {
        await using var scope = corpus.Scope();
        var tracker = scope.ServiceProvider.GetRequiredService<IFindingTracker>();
        var finding = (await tracker.ListAsync(null, CancellationToken.None))
            .First(f => f.SourceFile == IngestedCorpus.ThurrockScrutiny && f.Finding.Text.Contains("agility of services", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<ReadinessException>(() => tracker.SetStatusAsync(finding.Finding.FindingId, "done", "qa-lead", CancellationToken.None));
        Assert.Contains("'done' is not a finding status", error.Message, StringComparison.Ordinal);
        Assert.Contains("open, in-progress, evidence-of-impact, addressed, closed", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsNotFound);

        var closed = await tracker.SetStatusAsync(finding.Finding.FindingId, "Closed", "senior-leader", CancellationToken.None);
        Assert.Equal(FindingStatuses.Closed, closed.Status);
        Assert.Contains(await tracker.ListAsync("closed", CancellationToken.None), f => f.Finding.FindingId == finding.Finding.FindingId);
        Assert.DoesNotContain(await tracker.ListAsync(FindingStatuses.Open, CancellationToken.None), f => f.Finding.FindingId == finding.Finding.FindingId);
        var audit = await scope.ServiceProvider.GetRequiredService<IAuditLog>().ListAsync(finding.Finding.ContentItemId, 50, CancellationToken.None);
        Assert.Contains(audit, a => a.Action == FindingTracker.StatusAudit && a.UserName == "senior-leader" && a.Detail!.Contains("-> closed", StringComparison.Ordinal));
        await Assert.ThrowsAsync<ReadinessException>(() => tracker.ListAsync("finished", CancellationToken.None));
    }

    [Fact]
    public async Task UnknownIdsAndANonActionItemAreRejectedWithoutWritingAnything()
    {
        await using var scope = corpus.Scope();
        var tracker = scope.ServiceProvider.GetRequiredService<IFindingTracker>();
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        var finding = (await tracker.ListAsync(null, CancellationToken.None)).First(f => f.Finding.Kind == FindingKinds.SignificantWeakness);
        var linksBefore = await db.FindingLinks.CountAsync();
        var auditBefore = await db.AuditLog.CountAsync();

        var noFinding = await Assert.ThrowsAsync<ReadinessException>(() => tracker.SetStatusAsync("no-such-finding", FindingStatuses.Closed, "qa", CancellationToken.None));
        Assert.True(noFinding.IsNotFound);
        Assert.Contains("no finding with id 'no-such-finding'", noFinding.Message, StringComparison.Ordinal);
        var noAction = await Assert.ThrowsAsync<ReadinessException>(() => tracker.LinkActionAsync(finding.Finding.FindingId, "no-such-action", "qa", CancellationToken.None));
        Assert.Contains("no action with id 'no-such-action'", noAction.Message, StringComparison.Ordinal);
        var notAnAction = await Assert.ThrowsAsync<ReadinessException>(() => tracker.LinkActionAsync(finding.Finding.FindingId, finding.Finding.ContentItemId, "qa", CancellationToken.None));
        Assert.Contains("not an Action", notAnAction.Message, StringComparison.Ordinal);
        var noPassage = await Assert.ThrowsAsync<ReadinessException>(() => tracker.LinkEvidenceAsync(finding.Finding.FindingId, "no-such-passage", "qa", CancellationToken.None));
        Assert.True(noPassage.IsNotFound);

        Assert.Null(await tracker.GetAsync("no-such-finding", CancellationToken.None));
        Assert.Equal(linksBefore, await db.FindingLinks.CountAsync());
        Assert.Equal(auditBefore, await db.AuditLog.CountAsync());
        Assert.Equal(FindingStatuses.Open, (await tracker.GetAsync(finding.Finding.FindingId, CancellationToken.None))!.Status);
    }

    private static string Normalise(string text) => text.TrimEnd('.').ToLowerInvariant();

    private static async Task<string> PassageOfAsync(InspectionDbContext db, string sourceFile, string headingContains)
    {
        var documentId = await db.ContentItems.AsNoTracking()
            .Where(c => c.Latest && EF.Functions.Like(c.Document, "%" + sourceFile + "%"))
            .Select(c => c.ContentItemId)
            .SingleAsync();
        return await db.Passages.AsNoTracking()
            .Where(p => p.ContentItemId == documentId && EF.Functions.Like(p.HeadingPath, "%" + headingContains + "%"))
            .OrderBy(p => p.Ordinal)
            .Select(p => p.PassageId)
            .FirstAsync();
    }
}

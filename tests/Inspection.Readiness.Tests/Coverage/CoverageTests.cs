using Microsoft.Extensions.DependencyInjection;
using Inspection.Content.Evidence;
using Inspection.Readiness.Coverage;
using Inspection.Readiness.Tests.Fixtures;

namespace Inspection.Readiness.Tests.Coverage;

public sealed class CoverageTests(CorpusStore corpus) : IClassFixture<CorpusStore>
{
    private ReadinessStore Store => corpus.Store;

    [Theory]
    [InlineData("ilacs")]
    [InlineData("send-2016")]
    public async Task CoverageListsEveryThemeOfTheFrameworkParentsAndSubThemesInCatalogOrder(string frameworkId)
    {
        var framework = (await Store.FrameworksAsync()).Single(f => f.Id == frameworkId);

        var coverage = await Store.CoverageAsync(frameworkId);

        Assert.Equal(frameworkId, coverage.Framework);
        Assert.Equal(framework.Themes.Select(t => t.Id), coverage.Themes.Select(t => t.Id));
        Assert.Contains(coverage.Themes, t => t.ParentId is null);
        Assert.Contains(coverage.Themes, t => t.ParentId is not null);
        Assert.All(coverage.Themes, t => Assert.True(t.Documents <= t.Passages, t.Id));
        Assert.All(coverage.Themes, t => Assert.Equal(t.Documents, t.ByKind.Values.Sum()));
    }

    [Fact]
    public async Task HelpAndProtectionHasEvidenceFromTheThurrockFocusedVisitLetterOf2021()
    {
        var theme = await Store.ThemeAsync("ilacs/help-and-protection", StoreQueries.OfficialOnly);
        var evidence = await Store.EvidenceAsync("ilacs/help-and-protection", StoreQueries.OfficialOnly, top: 100);

        Assert.True(theme.Passages >= 20, $"{theme.Passages} passages");
        Assert.Equal(3, theme.Documents);
        Assert.Equal(theme.Passages, evidence.Total);
        // The focused-visit letter of 9 August 2021 is an appendix of the Thurrock committee paper of 12 October 2021.
        Assert.Contains(evidence.Hits, h => h.SourceFile == "thurrock-childrens-overview-scrutiny-2021-10.pdf"
            && h.HeadingPath.Contains("9 August 2021", StringComparison.Ordinal)
            && h.Date == new DateOnly(2021, 10, 12));
        Assert.Equal(new DateOnly(2022, 3, 3), theme.LatestEvidence);
    }

    [Fact]
    public async Task AssessmentAndMeetingNeedsHasEhcPlanEvidenceFromMedway()
    {
        var theme = await Store.ThemeAsync("send-2016/assessment-and-meeting-needs");
        var plans = await Store.ThemeAsync("send-2016/assessment-and-meeting-needs/ehc-plans");
        var evidence = await Store.EvidenceAsync("send-2016/assessment-and-meeting-needs/ehc-plans", top: 100);

        Assert.True(plans.Passages >= 10, $"{plans.Passages} passages");
        Assert.True(theme.Passages >= plans.Passages, "a parent theme matches at least what its sub-themes match");
        Assert.Contains(evidence.Hits, h => h.SourceFile == "medway-cabinet-send-revisit-2020.pdf"
            && (h.Text.Contains("EHC", StringComparison.Ordinal) || h.Text.Contains("education, health and care plan", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(3, plans.Documents);
        Assert.Equal(new DateOnly(2022, 3, 3), plans.LatestEvidence);
        Assert.Equal(3, plans.ByKind["CommitteeReport"]);
    }

    [Theory]
    [InlineData("eif/behaviour-and-attitudes")]
    [InlineData("eif/personal-development")]
    [InlineData("eif/early-years")]
    [InlineData("eif/sixth-form")]
    public async Task SchoolThemesHaveNoEvidenceInAChildrensServicesStore(string themeId)
    {
        var theme = await Store.ThemeAsync(themeId);

        Assert.Equal(0, theme.Passages);
        Assert.Null(theme.LatestEvidence);
        var gap = Assert.Single(theme.Gaps);
        Assert.Equal(GapCodes.NoEvidence, gap.Code);
    }

    [Fact]
    public async Task NoEvidenceIsFlaggedExactlyWhenNothingMatches()
    {
        var coverage = await Store.CoverageAsync("ilacs");

        Assert.All(coverage.Themes, t => Assert.Equal(t.Passages == 0, t.Gaps.Any(g => g.Code == GapCodes.NoEvidence)));
        Assert.Contains(coverage.Themes, t => t.Passages == 0);
    }

    [Fact]
    public async Task ThemeWhoseOnlyEvidenceIsCommitteeReportsIsSelfAssessmentOnly()
    {
        var theme = await Store.ThemeAsync("ilacs/care-leavers");

        Assert.Equal(["CommitteeReport"], theme.ByKind.Keys);
        var gap = Assert.Single(theme.Gaps, g => g.Code == GapCodes.SelfAssessmentOnly);
        Assert.Contains("committee report", gap.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAuditMakesTheEvidenceIndependentForWhoMaySeeIt()
    {
        var withAudit = await Store.ThemeAsync("ilacs/help-and-protection/missing");
        var withoutAudit = await Store.ThemeAsync("ilacs/help-and-protection/missing", StoreQueries.OfficialOnly);

        Assert.Equal(1, withAudit.ByKind["Audit"]);
        Assert.DoesNotContain(withAudit.Gaps, g => g.Code == GapCodes.SelfAssessmentOnly);
        Assert.Contains(withoutAudit.Gaps, g => g.Code == GapCodes.SelfAssessmentOnly);
    }

    [Fact]
    public async Task PersonalPassagesDoNotCountForACallerWithoutThatClassification()
    {
        var everyone = await Store.ThemeAsync("ilacs/help-and-protection/missing");
        var official = await Store.ThemeAsync("ilacs/help-and-protection/missing", StoreQueries.OfficialOnly);
        var evidence = await Store.EvidenceAsync("ilacs/help-and-protection/missing", StoreQueries.OfficialOnly, top: 100);

        Assert.Equal(everyone.Documents - 1, official.Documents);
        Assert.True(official.Passages < everyone.Passages);
        Assert.False(official.ByKind.ContainsKey("Audit"));
        Assert.Equal(new DateOnly(2022, 3, 14), everyone.LatestEvidence);
        Assert.NotEqual(new DateOnly(2022, 3, 14), official.LatestEvidence);
        Assert.DoesNotContain(evidence.Hits, h => h.Text.Contains(CorpusStore.PersonalAuditMarker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task APackSaysHowManyDocumentsItLeavesOutByClassificationButOnlyOfThoseThePersonMaySee()
    {
        Task<Packs.EvidencePackPlan> PlanAsync(IReadOnlyCollection<string> allowed) => Store.InScopeAsync(sp => sp.GetRequiredService<Packs.EvidencePackBuilder>()
            .PlanAsync(new Packs.EvidencePackRequest("ilacs/help-and-protection/missing", "tester", allowed, StoreQueries.OfficialOnly), CancellationToken.None));

        var lead = await PlanAsync(Classifications.All);
        var official = await PlanAsync(StoreQueries.OfficialOnly);

        // The Personal case audit is on the theme: someone who may see it is told the pack leaves it out; someone who may
        // not is told nothing of it.
        Assert.Equal(1, lead.LeftOut[Classifications.Personal]);
        Assert.Empty(official.LeftOut);
        Assert.Equal(lead.Documents.Select(d => d.DocumentId), official.Documents.Select(d => d.DocumentId));
    }

    [Fact]
    public async Task EvidenceOlderThanTheConfiguredMonthsIsStaleNamingItsDate()
    {
        var education = await Store.ThemeAsync("ilacs/children-in-care/education");
        var plans = await Store.ThemeAsync("send-2016/assessment-and-meeting-needs/ehc-plans");

        Assert.Equal(new DateOnly(2020, 4, 7), education.LatestEvidence);
        var stale = Assert.Single(education.Gaps, g => g.Code == GapCodes.Stale);
        Assert.Contains("7 April 2020", stale.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(plans.Gaps, g => g.Code == GapCodes.Stale);
    }

    [Fact]
    public async Task OpenFocusedVisitFindingsAreGapsOfTheThemesTheyAreAbout()
    {
        var missing = await Store.ThemeAsync("ilacs/help-and-protection/missing");
        var leaders = await Store.ThemeAsync("ilacs/leaders");

        var noAction = Assert.Single(missing.Gaps, g => g.Code == GapCodes.OpenFindingWithoutAction);
        Assert.Contains("return home interviews", noAction.Reason, StringComparison.Ordinal);
        Assert.Contains("30 June 2021", noAction.Reason, StringComparison.Ordinal);
        Assert.Contains(missing.Gaps, g => g.Code == GapCodes.OpenFindingWithoutImpact);
        // Medway's SEND weaknesses mention leadership, but they were found under the SEND framework, not ILACS.
        Assert.DoesNotContain(leaders.Gaps, g => g.Code.StartsWith("open-finding", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendWeaknessesStillOpenAtTheRevisitAreGapsOfTheSend2016Themes()
    {
        var plans = await Store.ThemeAsync("send-2016/assessment-and-meeting-needs/ehc-plans");
        var ilacs = await Store.CoverageAsync("send-2023");

        var gap = Assert.Single(plans.Gaps, g => g.Code == GapCodes.OpenFindingWithoutAction);
        Assert.Contains("education health and care plans", gap.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(ilacs.Themes.SelectMany(t => t.Gaps), g => g.Code.StartsWith("open-finding", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownFrameworkIsRefusedNamingTheKnownOnes()
    {
        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => Store.CoverageAsync("scif"));

        Assert.Contains("'scif'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ilacs, send-2016, send-2023, eif, eif-2025", error.Message, StringComparison.Ordinal);
    }
}

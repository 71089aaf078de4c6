using Inspection.Content.Store;
using Inspection.Readiness.Coverage;
using Inspection.Readiness.Findings;
using Inspection.Readiness.Tests.Fixtures;
using Inspection.Readiness.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Readiness.Tests.Coverage;

public sealed class FindingGapTests
{
    private const string Missing = "ilacs/help-and-protection/missing";

    [Fact]
    public async Task LinkingAnActionAndLaterEvidenceClearsTheFindingGapsOfTheTheme()
    {
        await using var store = await Fixtures.ReadinessStore.CreateAsync(CorpusStore.Today);
        await store.IngestAsync([Fixtures.RepoPaths.CorpusFile("thurrock-childrens-overview-scrutiny-2021-10.pdf")]);
        var before = await store.ThemeAsync(Missing);
        Assert.Contains(before.Gaps, g => g.Code == GapCodes.OpenFindingWithoutAction);
        Assert.Contains(before.Gaps, g => g.Code == GapCodes.OpenFindingWithoutImpact);

        var finding = await store.InScopeAsync(async sp => (await sp.GetRequiredService<IFindingTracker>().ListAsync(null, CancellationToken.None))
            .Single(f => f.Finding.Text.Contains("return home interviews", StringComparison.Ordinal)));
        var action = await store.InScopeAsync(sp => ActionItems.CreateAsync(
            sp.GetRequiredService<IContentStore>(), "Audit return home interviews monthly", "Head of service", new DateOnly(2022, 1, 31), "Amber"));
        await store.InScopeAsync(sp => sp.GetRequiredService<IFindingTracker>().LinkActionAsync(finding.Finding.FindingId, action, "lead", CancellationToken.None));
        var withAction = await store.ThemeAsync(Missing);

        // Evidence dated after the visit: the committee paper of 12 October 2021 reporting on the visit of 30 June 2021.
        var evidence = await store.EvidenceAsync(Missing, top: 1, query: "\"return home interview\"");
        await store.InScopeAsync(sp => sp.GetRequiredService<IFindingTracker>().LinkEvidenceAsync(finding.Finding.FindingId, evidence.Hits[0].PassageId, "lead", CancellationToken.None));
        var withImpact = await store.ThemeAsync(Missing);

        Assert.DoesNotContain(withAction.Gaps, g => g.Code == GapCodes.OpenFindingWithoutAction);
        Assert.Contains(withAction.Gaps, g => g.Code == GapCodes.OpenFindingWithoutImpact);
        Assert.DoesNotContain(withImpact.Gaps, g => g.Code.StartsWith("open-finding", StringComparison.Ordinal));
    }
}

using Inspection.Readiness.Findings;
using Inspection.Readiness.Tests.Fixtures;
using Inspection.Readiness.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Readiness.Tests.Findings;

public sealed class FindingHistoryLinkerTests
{
    [Fact]
    public async Task AnEarlierLetterIngestedAfterALaterOneIsLinkedOnTheNextRead()
    {
        await using var store = await ReadinessStore.CreateAsync(IngestedCorpus.Today);
        var samples = Path.Combine(RepoPaths.Root, "evidence-samples");
        await store.IngestAsync([Path.Combine(samples, IngestedCorpus.HarrowdenFocusedVisit)]);

        var before = await store.InScopeAsync(sp => sp.GetRequiredService<IFindingTracker>().ListAsync(null, CancellationToken.None));
        Assert.Equal(3, before.Count);
        Assert.All(before, f => Assert.Empty(f.History));
        // Nothing changed since that read: the linker has nothing to write.
        Assert.Equal(0, await store.InScopeAsync(sp => sp.GetRequiredService<FindingHistoryLinker>().RelinkAsync(CancellationToken.None)));

        await store.IngestAsync([Path.Combine(samples, IngestedCorpus.HarrowdenMonitoringVisit)]);
        var relinked = await store.InScopeAsync(sp => sp.GetRequiredService<FindingHistoryLinker>().RelinkAsync(CancellationToken.None));
        var after = await store.InScopeAsync(sp => sp.GetRequiredService<IFindingTracker>().ListAsync(null, CancellationToken.None));

        Assert.Equal(1, relinked);
        Assert.Equal(6, after.Count);
        var oversight = after.Single(f => f.SourceFile == IngestedCorpus.HarrowdenFocusedVisit && f.Finding.Text.Contains("management oversight", StringComparison.Ordinal));
        Assert.Equal(IngestedCorpus.HarrowdenMonitoringVisit, after.Single(f => f.Finding.FindingId == Assert.Single(oversight.History).FindingId).SourceFile);
        Assert.Equal(oversight.Finding.FindingId, after.Single(f => f.Finding.FindingId == oversight.History[0].FindingId).History.Single().FindingId);
    }
}

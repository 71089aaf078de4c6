using Inspection.Readiness.Coverage;
using Inspection.Readiness.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Inspection.Readiness.Tests.Coverage;

public sealed class ReadinessOptionsTests
{
    [Fact]
    public async Task StaleAfterMonthsComesFromTheReadinessSectionAndTodayFromTheClock()
    {
        await using var store = await ReadinessStore.CreateAsync(CorpusStore.Today, new Dictionary<string, string?> { ["Readiness:StaleAfterMonths"] = "36" });
        await store.IngestAsync([RepoPaths.CorpusFile("medway-cabinet-send-revisit-2020.pdf")]);

        var lenient = await store.ThemeAsync("send-2016/assessment-and-meeting-needs/ehc-plans");
        store.Clock.Now = new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var later = await store.ThemeAsync("send-2016/assessment-and-meeting-needs/ehc-plans");

        Assert.Equal(new DateOnly(2020, 4, 7), lenient.LatestEvidence);
        Assert.DoesNotContain(lenient.Gaps, g => g.Code == GapCodes.Stale);
        Assert.Contains(later.Gaps, g => g.Code == GapCodes.Stale && g.Reason.Contains("more than 36 months", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AStaleAfterMonthsOutOfRangeIsRefusedNamingTheSetting()
    {
        await using var store = await ReadinessStore.CreateAsync(CorpusStore.Today, new Dictionary<string, string?> { ["Readiness:StaleAfterMonths"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => store.Services.GetRequiredService<IOptions<ReadinessOptions>>().Value);

        Assert.Contains("StaleAfterMonths", error.Message, StringComparison.Ordinal);
    }
}

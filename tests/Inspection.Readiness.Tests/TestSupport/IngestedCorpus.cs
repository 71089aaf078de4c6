using Inspection.Readiness.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Readiness.Tests.TestSupport;

/// <summary>
/// The shipped recipes and the real corpus PDFs, with the shipped sample evidence (the fictional Harrowden), ingested
/// through the real pipeline into a real SQLite store and index once for every test of the collection.
/// Today is 1 March 2026, just after the newest sample.
/// </summary>
public sealed class IngestedCorpus : IAsyncLifetime
{
    public const string MedwayRevisit = "medway-cabinet-send-revisit-2020.pdf";
    public const string ThurrockScrutiny = "thurrock-childrens-overview-scrutiny-2021-10.pdf";
    public const string MedwayLeadMember = "medway-lead-member-childrens-services-2022.pdf";
    public const string HarrowdenMonitoringVisit = "ofsted-monitoring-visit-4-2024-05.html";
    public const string HarrowdenFocusedVisit = "ofsted-focused-visit-letter-2025-07.pdf";

    public static readonly DateTimeOffset Today = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public ReadinessStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = await ReadinessStore.CreateAsync(Today);
        var samples = Path.Combine(RepoPaths.Root, "evidence-samples");
        var files = new[] { MedwayRevisit, ThurrockScrutiny, MedwayLeadMember }.Select(RepoPaths.CorpusFile)
            .Concat(Directory.EnumerateFiles(samples).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            .ToList();
        var outcomes = await Store.IngestAsync(files);
        Assert.All(outcomes, o => Assert.Equal("created", o.Status));
    }

    public AsyncServiceScope Scope() => Store.Services.CreateAsyncScope();

    public async Task DisposeAsync() => await Store.DisposeAsync();
}

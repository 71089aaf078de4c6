using Inspection.Relevance;

namespace Inspection.Relevance.Tests;

/// <summary>The harness built and run once for the tests that read its figures.</summary>
public sealed class HarnessFixture : IAsyncLifetime
{
    public RelevanceHarness Harness { get; private set; } = null!;

    public IReadOnlyList<QueryOutcome> Outcomes { get; private set; } = [];

    public IReadOnlyList<GroupFigures> Figures { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Harness = await RelevanceHarness.CreateAsync(RepositoryPaths.Judgements, null, CancellationToken.None);
        Outcomes = await Harness.RunAsync(CancellationToken.None);
        Figures = RelevanceRun.Summarise(Outcomes);
    }

    public async Task DisposeAsync() => await Harness.DisposeAsync();

    public GroupFigures Of(string engine, string group, bool heldOut) =>
        Figures.Single(f => f.Engine == engine && f.Group == group && f.HeldOut == heldOut);
}

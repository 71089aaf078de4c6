using Inspection.Application.Findings;
using Inspection.Application.Settings;
using Inspection.Content.Evidence;
using Inspection.Readiness.Access;
using Inspection.Readiness.Authority;
using Inspection.Readiness.Briefing;
using Inspection.Readiness.Coverage;
using Inspection.Readiness.Packs;
using Inspection.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Application.Tests.Authority;

/// <summary>
/// Our letters (the sample Harrowden's) beside a peer's (Westmarch's, kept for comparison): with our authority set, our
/// briefing, coverage gaps and pack hold none of the peer's findings, which appear labelled under "elsewhere" instead.
/// </summary>
public sealed class OurAuthorityTests : IAsyncLifetime
{
    // Only the peer's findings carry this word, so any of them that leaks into ours is seen.
    private const string PeerWord = "Zephyrine";

    private ApplicationStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await ApplicationStore.CreateAsync();
        var samples = Path.Combine(ApplicationStore.Root, "evidence-samples");
        await _store.IngestAsync(Path.Combine(samples, "ofsted-monitoring-visit-4-2024-05.html"), "tester", Classifications.Official);
        await _store.IngestAsync(Path.Combine(samples, "ofsted-focused-visit-letter-2025-07.pdf"), "tester", Classifications.Official);

        // The peer's letter: the same shape, another council, a year earlier (so its findings come first), its own words.
        var peer = (await File.ReadAllTextAsync(Path.Combine(samples, "ofsted-monitoring-visit-4-2024-05.html")))
            .Replace("Harrowden Borough Council", "Westmarch County Council", StringComparison.Ordinal)
            .Replace("Harrowden", "Westmarch", StringComparison.Ordinal)
            .Replace("2024", "2023", StringComparison.Ordinal)
            .Replace("March 2023", "March 2022", StringComparison.Ordinal)
            .Replace("are reviewed against measurable outcomes.</li>", $"are reviewed against measurable outcomes, as {PeerWord} found.</li>", StringComparison.Ordinal)
            .Replace("do not experience drift and delay.</li>", $"do not experience drift and delay, as {PeerWord} found.</li>", StringComparison.Ordinal)
            .Replace("that drift is challenged.</li>", $"that drift is challenged, as {PeerWord} found.</li>", StringComparison.Ordinal);
        Assert.Equal(3, peer.Split(PeerWord).Length - 1);
        await _store.IngestAsync(_store.WriteFile("westmarch-monitoring-visit-2023-05.html", peer), "tester", Classifications.Official);
        await _store.InScopeAsync(sp => sp.GetRequiredService<OutboxIndexer>().CatchUpAsync(CancellationToken.None));

        // Written another way than the letters write it: the names are compared, not spelled.
        Assert.True(await _store.InScopeAsync(sp => sp.GetRequiredService<AuthoritySettings>().SetAsync("Harrowden Council", Caller.Operator("admin"), CancellationToken.None)));
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task OurBriefingHoldsNoneOfThePeersFindingsWhichAreListedElsewhereUnderTheirOrganisation()
    {
        var briefing = await _store.InScopeAsync(sp => sp.GetRequiredService<IVisitBriefingService>()
            .BuildAsync("ilacs", Classifications.All, CancellationToken.None));

        Assert.NotEmpty(briefing.Findings);
        Assert.DoesNotContain(briefing.Findings, f => f.Finding.Text.Contains(PeerWord, StringComparison.Ordinal));
        Assert.All(briefing.Findings, f => Assert.True(OrganisationNames.Same("Harrowden Borough Council", f.Organisation ?? "Harrowden")));
        Assert.Equal("Harrowden Council", briefing.Authority);

        Assert.Equal(3, briefing.Elsewhere.Count);
        Assert.All(briefing.Elsewhere, f =>
        {
            Assert.Contains(PeerWord, f.Finding.Text, StringComparison.Ordinal);
            Assert.Equal("Westmarch County Council", f.Organisation);
        });
        Assert.DoesNotContain(briefing.Gaps, g => g.Reason.Contains(PeerWord, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OurCoverageGapsSpeakOfOurFindingsOnly()
    {
        var coverage = await _store.InScopeAsync(sp => sp.GetRequiredService<ICoverageService>()
            .GetAsync("ilacs", Classifications.All, CancellationToken.None));

        var findingGaps = coverage.Themes.SelectMany(t => t.Gaps).Where(g => g.Code == GapCodes.OpenFindingWithoutAction).ToList();
        Assert.NotEmpty(findingGaps);
        Assert.DoesNotContain(coverage.Themes.SelectMany(t => t.Gaps), g => g.Reason.Contains(PeerWord, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OurPackHoldsNeitherThePeersLetterNorItsFindings()
    {
        var plan = await _store.InScopeAsync(sp => sp.GetRequiredService<EvidencePackBuilder>()
            .PlanAsync(new EvidencePackRequest("ilacs", "tester", Classifications.All, Classifications.All), CancellationToken.None));

        Assert.Contains(plan.Documents, d => d.SourceFile == "ofsted-monitoring-visit-4-2024-05.html");
        Assert.DoesNotContain(plan.Documents, d => d.SourceFile == "westmarch-monitoring-visit-2023-05.html");
        Assert.DoesNotContain(plan.Briefing.Findings, f => f.Finding.Text.Contains(PeerWord, StringComparison.Ordinal));
        Assert.DoesNotContain(PeerWord, EvidencePackIndexRenderer.Render(plan, "tester"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFindingsListIsOursByDefaultAndFiltersByOrganisationHoweverItIsWritten()
    {
        async Task<IReadOnlyList<Readiness.Findings.TrackedFinding>> ListAsync(OrganisationFilter filter) =>
            await _store.InScopeAsync(sp => sp.GetRequiredService<FindingService>().ListAsync(null, filter, Caller.Operator("admin"), CancellationToken.None));

        var ours = await ListAsync(OrganisationFilter.Ours);
        Assert.NotEmpty(ours);
        Assert.DoesNotContain(ours, f => f.Finding.Text.Contains(PeerWord, StringComparison.Ordinal));

        var westmarch = await ListAsync(OrganisationFilter.Parse("westmarch council"));
        Assert.Equal(3, westmarch.Count);
        Assert.All(westmarch, f => Assert.Contains(PeerWord, f.Finding.Text, StringComparison.Ordinal));
        Assert.Equal(westmarch.Select(f => f.Finding.FindingId), (await ListAsync(OrganisationFilter.Elsewhere)).Select(f => f.Finding.FindingId));
        Assert.Equal(ours.Count + 3, (await ListAsync(OrganisationFilter.All)).Count);
    }

    [Fact]
    public async Task ChangingTheAuthorityIsAuditedAndANoOpChangeWritesNothing()
    {
        var again = await _store.InScopeAsync(sp => sp.GetRequiredService<AuthoritySettings>().SetAsync("Harrowden Council", Caller.Operator("admin"), CancellationToken.None));
        Assert.False(again);
        var lines = await _store.InScopeAsync(sp => sp.GetRequiredService<Content.Audit.IAuditLog>().ListAsync(null, 50, CancellationToken.None));
        var line = Assert.Single(lines, l => l.Action == OurAuthority.ChangedAudit);
        Assert.Equal("admin", line.UserName);
        Assert.Contains("Harrowden Council", line.Detail, StringComparison.Ordinal);

        var viewer = Caller.ForRole("viewer", null, "Viewer", new HashSet<string>([Permissions.ViewEvidence], StringComparer.Ordinal));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _store.InScopeAsync(sp => sp.GetRequiredService<AuthoritySettings>().SetAsync("Westmarch Council", viewer, CancellationToken.None)));
        Assert.Equal("Harrowden Council", await _store.InScopeAsync(sp => sp.GetRequiredService<AuthoritySettings>().GetAsync(CancellationToken.None)));
    }
}

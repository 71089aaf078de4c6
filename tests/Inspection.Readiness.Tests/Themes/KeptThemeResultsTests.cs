using Inspection.Readiness.Coverage;
using Inspection.Readiness.Tests.Fixtures;
using Inspection.Readiness.Themes;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Readiness.Tests.Themes;

/// <summary>Theme hits and passage facts are kept beside the index after indexing, and a new process reads them.</summary>
public sealed class KeptThemeResultsTests
{
    [Fact]
    public async Task IndexingKeepsEveryThemesResultsAndANewProcessGivesTheSameCoverageFromThem()
    {
        var store = await ReadinessStore.CreateAsync(CorpusStore.Today);
        try
        {
            await store.IngestAsync([RepoPaths.CorpusFile("medway-cabinet-send-revisit-2020.pdf")]);
            var folder = store.Services.GetRequiredService<ThemeMatcher>().ResultsDirectory;
            var before = await CoverageAsync(store);
            var files = Directory.GetFiles(folder).ToDictionary(f => f, File.GetLastWriteTimeUtc, StringComparer.Ordinal);

            store = await store.ReopenAsync();
            var after = await CoverageAsync(store);

            Assert.Contains(files.Keys, f => f.EndsWith(".facts", StringComparison.Ordinal));
            // The indexer's warm-up matched the themes of every shipped framework, not only the one asked for here.
            var send = (await store.FrameworksAsync()).Single(f => f.Id == "send-2016").Themes.Count;
            Assert.True(files.Keys.Count(f => f.EndsWith(".hits", StringComparison.Ordinal)) > send, $"{files.Count} files kept, send-2016 has {send} themes");
            Assert.Equal(Flatten(before), Flatten(after));
            Assert.Contains(after.Themes, t => t.Passages > 0);
            // The new process read the kept files rather than writing them again.
            Assert.All(files, f => Assert.Equal(f.Value, File.GetLastWriteTimeUtc(f.Key)));
        }
        finally
        {
            await store.DisposeAsync();
        }
    }

    [Fact]
    public async Task DamagedKeptFilesAreRecomputedAndDeletionsSinceTheyWereWrittenStillCount()
    {
        var store = await ReadinessStore.CreateAsync(CorpusStore.Today);
        try
        {
            var revisit = (await store.IngestAsync([RepoPaths.CorpusFile("medway-cabinet-send-revisit-2020.pdf")]))[0].DocumentId!;
            await store.IngestAsync([RepoPaths.CorpusFile("medway-lead-member-childrens-services-2022.pdf")]);
            var folder = store.Services.GetRequiredService<ThemeMatcher>().ResultsDirectory;
            var before = await CoverageAsync(store);
            var damaged = Directory.GetFiles(folder, "*.hits").Select(f => (Path: f, Length: new FileInfo(f).Length)).Where(f => f.Length > 8).Take(5).ToList();
            Assert.NotEmpty(damaged);
            foreach (var (path, length) in damaged)
            {
                // Cut mid-way, as a crash during a copy would leave it.
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
                stream.SetLength(length / 2);
            }

            File.WriteAllBytes(Directory.GetFiles(folder, "*.facts")[0], [1, 2, 3]);

            store = await store.ReopenAsync();
            var after = await CoverageAsync(store);
            Assert.Equal(Flatten(before), Flatten(after));
            foreach (var framework in await store.FrameworksAsync())
            {
                await store.CoverageAsync(framework.Id);
            }

            Assert.All(damaged, f => Assert.Equal(f.Length, new FileInfo(f.Path).Length));

            // A document deleted after its segment's results were kept disappears from coverage in the next process.
            await store.InScopeAsync(async sp =>
            {
                await sp.GetRequiredService<Inspection.Content.Store.IContentStore>().DeleteAsync(revisit, CancellationToken.None);
                return 0;
            });
            await store.CatchUpAsync();
            store = await store.ReopenAsync();
            var deleted = await CoverageAsync(store);
            Assert.True(deleted.Themes.Sum(t => t.Passages) < before.Themes.Sum(t => t.Passages));
            Assert.All(deleted.Themes, t => Assert.True(t.Passages <= before.Themes.Single(b => b.Id == t.Id).Passages));
        }
        finally
        {
            await store.DisposeAsync();
        }
    }

    private static Task<FrameworkCoverage> CoverageAsync(ReadinessStore store) => store.CoverageAsync("send-2016");

    private static List<string> Flatten(FrameworkCoverage coverage) =>
        [.. coverage.Themes.Select(t => $"{t.Id} {t.Passages} {t.Documents} {t.LatestEvidence} {string.Join(',', t.ByKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => k.Key + "=" + k.Value))}")];
}

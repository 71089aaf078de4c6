using System.Globalization;
using Inspection.Content;
using Inspection.Content.Evidence;
using Inspection.Content.Jobs;
using Inspection.Content.Persistence;
using Inspection.Content.Store;
using Inspection.Ingestion;
using Inspection.Ingestion.Pipeline;
using Inspection.Search.Indexing;
using Inspection.Search.Tests.Corpus;
using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Inspection.Search.Tests.Indexing;

/// <summary>
/// The outbox indexer over a real SQLite store fed by the real ingestion pipeline: evidence committed in the process is
/// indexed from memory, yet the store stays the source of truth across crashes and later changes.
/// </summary>
public sealed class OutboxIndexerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task EvidenceCommittedInThisProcessIsIndexedFromMemoryExactlyAsARebuildFromTheStoreIndexesIt()
    {
        // Without the batch's own catch-up, so that this test's catch-up is the one that applies the offers.
        await using var services = await StartAsync(WithoutBatchCatchUp);
        var outcomes = await IngestAsync(services, RealPdfs());
        Assert.All(outcomes, o => Assert.Equal(IngestionItemStatuses.Created, o.Status));

        var indexer = services.GetRequiredService<OutboxIndexer>();
        Assert.Equal(outcomes.Sum(o => o.Passages), indexer.OfferedPassages);
        Assert.Equal(outcomes.Count, await indexer.CatchUpAsync(CancellationToken.None));
        Assert.Equal(0, indexer.OfferedPassages);
        var fromMemory = IndexedDocuments(services);

        await indexer.RebuildAsync(null, CancellationToken.None);
        var fromStore = IndexedDocuments(services);

        Assert.Equal(await StoredPassageCountAsync(services), fromMemory.Count);
        Assert.Equal(fromStore, fromMemory);
    }

    [Fact]
    public async Task BesideTheProcessThatHoldsTheIndexAReaderNeitherCatchesUpNorRebuildsAndTouchesNothing()
    {
        await using var owner = await StartAsync();
        var outcomes = await IngestAsync(owner, RealPdfs().Take(2).ToList());
        var indexFolder = owner.GetRequiredService<PassageIndex>().IndexDirectory;
        var files = IndexFolderFiles(indexFolder);
        // An item the owner could not index: its record is the owner's to clear, by a rebuild of its own.
        await using (var scope = owner.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Inspection.Content.Outbox.IIndexingFailureStore>().RecordAsync(
                new Inspection.Content.Outbox.IndexingTask(1, outcomes[0].DocumentId!, "", Inspection.Content.Outbox.IndexingTaskKind.Update, default),
                "unreadable in this test",
                CancellationToken.None);
        }

        await using var reader = await StartAsync(services => services.Configure<SearchOptions>(o =>
        {
            o.ReadWhenHeld = true;
            o.IndexLockWaitSeconds = 0;
        }));
        var index = reader.GetRequiredService<PassageIndex>();
        var indexer = reader.GetRequiredService<OutboxIndexer>();

        Assert.True(index.IsReadOnly);
        Assert.Equal(outcomes.Sum(o => o.Passages), index.PassageCount);
        Assert.Equal(0, await indexer.CatchUpAsync(CancellationToken.None));
        await Assert.ThrowsAsync<Lucene.Net.Store.LockObtainFailedException>(() => indexer.RebuildAsync(null, CancellationToken.None));
        Assert.Equal(files, IndexFolderFiles(indexFolder));
        await using (var scope = reader.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<Inspection.Content.Outbox.IIndexingFailureStore>().CountAsync(CancellationToken.None));
        }
    }

    [Fact]
    public async Task AProcessThatDiesBeforeItsIndexCatchesUpLeavesEveryPassageToBeIndexedOnceByTheNextProcess()
    {
        int stored;
        // The first process dies after the job's commits and before any catch-up (so before the batch's own one too).
        await using (var first = await StartAsync(WithoutBatchCatchUp))
        {
            await IngestAsync(first, RealPdfs());
            stored = await StoredPassageCountAsync(first);
            Assert.True(first.GetRequiredService<OutboxIndexer>().OfferedPassages > 0);
        }

        await using var second = await StartAsync();
        await second.GetRequiredService<OutboxIndexer>().CatchUpAsync(CancellationToken.None);

        var documents = IndexedDocuments(second);
        Assert.Equal(stored, documents.Count);
        Assert.Equal(stored, documents.Keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task ACrashAfterTheIndexCommitButBeforeTheCursorMovesReplaysTasksWithoutDuplicatingPassages()
    {
        int stored;
        var cursorFile = Path.Combine(_folder.Path, "index", "outbox.cursor");
        await using (var first = await StartAsync())
        {
            await IngestAsync(first, RealPdfs());
            await first.GetRequiredService<OutboxIndexer>().CatchUpAsync(CancellationToken.None);
            stored = await StoredPassageCountAsync(first);
            Assert.True(File.Exists(cursorFile));
        }

        // The index holds everything, but the cursor never recorded it.
        File.Delete(cursorFile);
        await using var second = await StartAsync();
        var replayed = await second.GetRequiredService<OutboxIndexer>().CatchUpAsync(CancellationToken.None);

        Assert.Equal(RealPdfs().Count, replayed);
        Assert.Equal(stored, second.GetRequiredService<PassageIndex>().PassageCount);
        Assert.Equal(stored, IndexedDocuments(second).Count);
    }

    [Fact]
    public async Task ALaterChangeToAnOfferedItemWinsOverWhatWasOffered()
    {
        await using var services = await StartAsync();
        var outcomes = await IngestAsync(services, RealPdfs());
        var deleted = outcomes[0].DocumentId!;
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IContentStore>().DeleteAsync(deleted, CancellationToken.None);
        }

        await services.GetRequiredService<OutboxIndexer>().CatchUpAsync(CancellationToken.None);

        var documents = IndexedDocuments(services);
        Assert.DoesNotContain(documents.Values, d => d.Contains(deleted, StringComparison.Ordinal));
        Assert.Equal(outcomes.Skip(1).Sum(o => o.Passages), documents.Count);
    }

    [Fact]
    public async Task ALongIngestionIsIndexedWhileItRunsWithoutWaitingForAnExplicitCatchUp()
    {
        await using var services = await StartAsync();
        var files = Enumerable.Range(1, 32).Select(WriteLongTextFile).ToList();
        var outcomes = await IngestAsync(services, files);
        Assert.True(outcomes.Sum(o => o.Passages) >= 2_000, string.Create(CultureInfo.InvariantCulture, $"{outcomes.Sum(o => o.Passages)} passages are too few for a background catch-up"));

        var index = services.GetRequiredService<PassageIndex>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (index.PassageCount == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.True(index.PassageCount > 0, "a background catch-up should have indexed part of the batch");

        await services.GetRequiredService<OutboxIndexer>().CatchUpAsync(CancellationToken.None);
        Assert.Equal(outcomes.Sum(o => o.Passages), index.PassageCount);
        Assert.Equal(index.PassageCount, IndexedDocuments(services).Count);
    }

    [Fact]
    public async Task WhileAnotherProcessHoldsTheIndexEvidenceIsStillReadAndIngestedAndLaterIndexedFromTheStore()
    {
        await using var holder = await StartAsync();
        var held = holder.GetRequiredService<PassageIndex>();

        int stored;
        await using (var other = await StartAsync())
        {
            var outcomes = await IngestAsync(other, RealPdfs());
            Assert.All(outcomes, o => Assert.Equal(IngestionItemStatuses.Created, o.Status));
            await using var scope = other.CreateAsyncScope();
            var findings = await scope.ServiceProvider.GetRequiredService<IEvidenceStore>()
                .ListFindingsAsync(null, CancellationToken.None);
            Assert.NotNull(findings);
            stored = await StoredPassageCountAsync(other);
        }

        await holder.GetRequiredService<OutboxIndexer>().CatchUpAsync(CancellationToken.None);
        Assert.Equal(stored, held.PassageCount);
    }

    [Fact]
    public async Task WarmersRunOnceWhenTheCatchUpEndingABatchHasIndexedAnythingAndAFailingOneFailsNothing()
    {
        var counting = new CountingWarmer();
        await using var services = await StartAsync(s =>
        {
            s.AddSingleton<IIndexWarmer>(sp => counting.For(sp.GetRequiredService<PassageIndex>()));
            s.AddSingleton<IIndexWarmer, FailingWarmer>();
        });
        await IngestAsync(services, RealPdfs());
        var indexer = services.GetRequiredService<OutboxIndexer>();

        // The job's own catch-up ends the batch: everything is indexed before the job is complete, and warmed once
        // (background catch-ups during the batch leave warming to it); a later catch-up has nothing to warm.
        var afterBatch = counting.Calls;
        Assert.Equal(await StoredPassageCountAsync(services), IndexedDocuments(services).Count);
        Assert.Equal(0, await indexer.CatchUpAsync(CancellationToken.None));

        Assert.Equal(1, afterBatch);
        Assert.Equal(1, counting.Calls);
        Assert.Equal(await StoredPassageCountAsync(services), counting.PassagesSeen);
    }

    [Fact]
    public async Task DisposingRightAfterACatchUpThatWarmsLaterWarnsOfNothing()
    {
        // A command that edits a document catches up, leaves warming to the background and exits at once; the warm-up
        // must not start after the indexer is disposed and log a failure the person at the console reads as a crash.
        var warnings = new WarningLog();
        for (var round = 0; round < 8; round++)
        {
            using var folder = new TempFolder();
            await using var services = await StartAsync(
                s =>
                {
                    WithoutBatchCatchUp(s);
                    s.AddLogging(logging => logging.AddProvider(warnings));
                    s.AddSingleton<IIndexWarmer, StoreReadingWarmer>();
                },
                folder.Path);
            await IngestAsync(services, [WriteLongTextFile(round, folder.Path)]);

            Assert.Equal(1, await services.GetRequiredService<OutboxIndexer>().CatchUpWarmingLaterAsync(CancellationToken.None));
        }

        Assert.True(warnings.Warnings.Count == 0, string.Join("\n", warnings.Warnings));
    }

    private sealed class CountingWarmer
    {
        private PassageIndex? _index;

        public int Calls { get; private set; }

        public int PassagesSeen { get; private set; }

        public IIndexWarmer For(PassageIndex index)
        {
            _index = index;
            return new Warmer(this);
        }

        private sealed class Warmer(CountingWarmer owner) : IIndexWarmer
        {
            public Task WarmAsync(CancellationToken cancellationToken)
            {
                owner.Calls++;
                owner.PassagesSeen = owner._index!.PassageCount;
                return Task.CompletedTask;
            }
        }
    }

    // Reads the store as the theme warmer does, through a scope of the container that is being disposed.
    private sealed class StoreReadingWarmer(IServiceScopeFactory scopes) : IIndexWarmer
    {
        public async Task WarmAsync(CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<InspectionDbContext>().Passages.CountAsync(cancellationToken);
        }
    }

    private sealed class FailingWarmer : IIndexWarmer
    {
        public Task WarmAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("warmer broke");
    }

    private static void WithoutBatchCatchUp(IServiceCollection services) =>
        services.RemoveAll<Inspection.Content.Outbox.IBatchCommitListener>();

    private Task<ServiceProvider> StartAsync(Action<IServiceCollection>? extra = null) => StartAsync(extra, _folder.Path);

    private static async Task<ServiceProvider> StartAsync(Action<IServiceCollection>? extra, string dataFolder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:DataDirectory"] = dataFolder,
            ["Search:IndexDirectory"] = Path.Combine(dataFolder, "index"),
            ["Search:GlossaryPath"] = RepoPaths.GlossaryRecipe,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddInspectionContent(store => store.DataDirectory = dataFolder);
        services.AddInspectionIngestion();
        services.AddInspectionSearch();
        extra?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IStoreInitializer>().InitializeAsync(CancellationToken.None);
        return provider;
    }

    private static Task<IReadOnlyList<IngestOutcome>> IngestAsync(IServiceProvider services, IReadOnlyList<string> files) =>
        services.GetRequiredService<IngestionJobRunner>()
            .RunAsync(files, new IngestSettings("tester", Classifications.Official), null, CancellationToken.None);

    // The index folder's files with their sizes and the cursor's contents: what a reader must leave as it found them.
    private static string IndexFolderFiles(string folder) => string.Join('\n', Directory.GetFiles(folder)
        .Order(StringComparer.Ordinal)
        .Select(f => $"{Path.GetFileName(f)} {new FileInfo(f).Length} {(f.EndsWith("write.lock", StringComparison.Ordinal) ? "" : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))}"));

    private static List<string> RealPdfs() =>
        [.. Directory.GetFiles(RepoPaths.RealCorpus, "*.pdf").Order(StringComparer.Ordinal)];

    private static async Task<int> StoredPassageCountAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InspectionDbContext>().Passages.CountAsync();
    }

    // Every live passage in the index by its id, with all its stored fields written out.
    private static Dictionary<string, string> IndexedDocuments(IServiceProvider services) =>
        services.GetRequiredService<PassageIndex>().Read(searcher =>
        {
            var reader = searcher.IndexReader;
            var live = MultiFields.GetLiveDocs(reader);
            var documents = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.MaxDoc; i++)
            {
                if (live is not null && !live.Get(i))
                {
                    continue;
                }

                var document = reader.Document(i);
                var fields = document.Fields
                    .Select(f => f.Name + "=" + f.GetStringValue(CultureInfo.InvariantCulture))
                    .Order(StringComparer.Ordinal);
                documents.Add(document.Get(PassageFields.PassageId, CultureInfo.InvariantCulture), string.Join("\n", fields));
            }

            return documents;
        });

    private string WriteLongTextFile(int number) => WriteLongTextFile(number, _folder.Path);

    private static string WriteLongTextFile(int number, string folder)
    {
        var path = Path.Combine(folder, "inputs", string.Create(CultureInfo.InvariantCulture, $"report-{number:00}.txt"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var sections = Enumerable.Range(1, 100).Select(section => string.Create(
            CultureInfo.InvariantCulture,
            $"Section {number}.{section} of the quarterly review\n\n{string.Join(' ', Enumerable.Repeat($"Report {number} section {section} records how the service for children in care improved its visits, plans and reviews over the quarter.", 10))}\n"));
        File.WriteAllText(path, string.Join("\n", sections));
        return path;
    }
}

using System.Globalization;
using Inspection.Content;
using Inspection.Content.Evidence;
using Inspection.Content.Jobs;
using Inspection.Content.Outbox;
using Inspection.Content.Persistence;
using Inspection.Content.Store;
using Inspection.Ingestion;
using Inspection.Ingestion.Pipeline;
using Inspection.Search.Indexing;
using Inspection.Search.Tests.Corpus;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inspection.Search.Tests.Indexing;

/// <summary>
/// An index that cannot be read heals itself from the store, and one poisoned outbox item holds back nothing after it:
/// over a real SQLite store in a temp data folder, opened the way the web app and the CLI open it.
/// </summary>
public sealed class IndexHealingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string IndexPath => Path.Combine(_folder.Path, "index");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ASegmentFileCutInHalfIsMovedAsideAndTheIndexRebuiltFromTheStoreWithTheSameHits()
    {
        IReadOnlyList<string> before;
        await using (var first = await StartAsync())
        {
            await IngestAsync(first, WriteReports(4));
            await first.GetRequiredService<OutboxIndexer>().CatchUpAsync(CancellationToken.None);
            before = await HitsAsync(first);
            Assert.NotEmpty(before);
        }

        var cut = CutLargestSegmentFileInHalf();

        await using var second = await StartAsync();
        var index = second.GetRequiredService<PassageIndex>();

        // Detected on open: moved aside (kept, with the damaged file in it) and marked for a rebuild.
        Assert.NotNull(index.MovedAsideTo);
        Assert.StartsWith(IndexPath + ".unreadable-", index.MovedAsideTo, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(index.MovedAsideTo, Path.GetFileName(cut))));
        Assert.True(index.RebuildPending);
        // Meanwhile search says so, rather than answer from a partial index or throw Lucene's error.
        var rebuilding = await Assert.ThrowsAsync<IndexRebuildingException>(() => HitsAsync(second));
        Assert.Contains("being rebuilt", rebuilding.Message, StringComparison.Ordinal);

        // The CLI's catch-up refills it from the store there and then.
        await second.GetRequiredService<OutboxIndexer>().CatchUpAsync(CancellationToken.None);

        Assert.False(index.RebuildPending);
        Assert.Equal(before, await HitsAsync(second));
    }

    [Fact]
    public async Task InTheWebAppTheRebuildRunsInTheBackgroundAndTheNextOpenFindsAHealthyIndex()
    {
        IReadOnlyList<string> before;
        await using (var first = await StartAsync())
        {
            await IngestAsync(first, WriteReports(3));
            await first.GetRequiredService<OutboxIndexer>().CatchUpAsync(CancellationToken.None);
            before = await HitsAsync(first);
        }

        CutLargestSegmentFileInHalf();

        await using (var web = await StartAsync(s => s.Configure<SearchOptions>(o => o.RebuildInBackground = true)))
        {
            var index = web.GetRequiredService<PassageIndex>();
            var indexer = web.GetRequiredService<OutboxIndexer>();
            Assert.True(index.RebuildPending);

            // The catch-up a page or the worker runs returns at once; the rebuild goes on beside it.
            Assert.Equal(0, await indexer.CatchUpAsync(CancellationToken.None));
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (index.RebuildPending && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            Assert.False(index.RebuildPending);
            Assert.Equal(before, await HitsAsync(web));
        }

        await using var restarted = await StartAsync();
        Assert.Null(restarted.GetRequiredService<PassageIndex>().MovedAsideTo);
        Assert.Equal(before, await HitsAsync(restarted));
    }

    [Fact]
    public async Task AHealthyIndexIsKeptAndALockedOneIsNeverMovedAside()
    {
        await using (var first = await StartAsync())
        {
            await IngestAsync(first, WriteReports(2));
            await first.GetRequiredService<OutboxIndexer>().CatchUpAsync(CancellationToken.None);
        }

        await using var holder = await StartAsync();
        var held = holder.GetRequiredService<PassageIndex>();
        Assert.Null(held.MovedAsideTo);
        Assert.False(held.RebuildPending);

        await using var other = await StartAsync();
        Assert.ThrowsAny<LockObtainFailedException>(() => other.GetRequiredService<PassageIndex>());

        Assert.Empty(System.IO.Directory.GetDirectories(_folder.Path, "index.unreadable-*"));
        Assert.True(held.PassageCount > 0);
    }

    [Fact]
    public async Task AnOpenRefusedBecauseAnotherProcessHoldsTheIndexLeavesThatProcesssLockInPlace()
    {
        await using (var first = await StartAsync())
        {
            await IngestAsync(first, WriteReports(1));
        }

        // Another process (a web app) holds the index: its lock file is open and locked, as a live IndexWriter keeps it.
        var lockFile = Path.Combine(IndexPath, "write.lock");
        using (var held = new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            await using var other = await StartAsync();
            Assert.ThrowsAny<LockObtainFailedException>(() => other.GetRequiredService<PassageIndex>());

            // Deleting the holder's lock file would let the next writer lock a new one and write beside the holder.
            Assert.True(File.Exists(lockFile));
            await using var third = await StartAsync();
            Assert.ThrowsAny<LockObtainFailedException>(() => third.GetRequiredService<PassageIndex>());
        }

        await using var after = await StartAsync();
        Assert.True(after.GetRequiredService<PassageIndex>().PassageCount > 0);
    }

    [Fact]
    public async Task APoisonedOutboxItemIsRecordedAndSkippedAndTheItemsAfterItAreStillIndexed()
    {
        IReadOnlyList<IngestOutcome> outcomes;
        // Ingested by a process that dies before its index catches up, so the next one reads every item from the store.
        await using (var first = await StartAsync(s => s.RemoveAll<IBatchCommitListener>()))
        {
            outcomes = await IngestAsync(first, WriteReports(4));
            Assert.All(outcomes, o => Assert.Equal(IngestionItemStatuses.Created, o.Status));
        }

        // The second of four items is damaged in the store: its JSON document no longer parses.
        var poisoned = outcomes[1].DocumentId!;
        var healthy = outcomes.Where(o => o.DocumentId != poisoned).Select(o => o.DocumentId!).Order(StringComparer.Ordinal).ToList();
        var original = await DamageAsync(poisoned);

        await using (var second = await StartAsync())
        {
            var indexer = second.GetRequiredService<OutboxIndexer>();
            await indexer.CatchUpAsync(CancellationToken.None);

            Assert.Equal(healthy, IndexedDocumentIds(second));
            var failure = Assert.Single(await FailuresAsync(second));
            Assert.Equal(poisoned, failure.ContentItemId);
            Assert.Equal(1, failure.Attempts);
            Assert.Contains("Exception", failure.Error, StringComparison.Ordinal);
            // The cursor moved past it: a second catch-up has nothing to do and does not try it again.
            Assert.Equal(0, await indexer.CatchUpAsync(CancellationToken.None));
            Assert.Equal(1, Assert.Single(await FailuresAsync(second)).Attempts);

            // A rebuild tries it again and counts a fresh failure; the index still holds the others.
            await indexer.RebuildAsync(null, CancellationToken.None);
            Assert.Equal(poisoned, Assert.Single(await FailuresAsync(second)).ContentItemId);
            Assert.Equal(healthy, IndexedDocumentIds(second));

            // Once the item reads again, the next rebuild indexes it and the failure is gone.
            await RepairAsync(poisoned, original);
            await indexer.RebuildAsync(null, CancellationToken.None);
            Assert.Empty(await FailuresAsync(second));
            Assert.Equal(outcomes.Select(o => o.DocumentId!).Order(StringComparer.Ordinal), IndexedDocumentIds(second));
        }
    }

    [Fact]
    public async Task AnIndexThatCannotWriteItsFilesLeavesEveryItemToTheNextCatchUpInsteadOfSkippingIt()
    {
        IReadOnlyList<IngestOutcome> outcomes;
        await using (var first = await StartAsync(s => s.RemoveAll<IBatchCommitListener>()))
        {
            outcomes = await IngestAsync(first, WriteReports(4));
        }

        // As a full disk or a folder that cannot be written does: the index cannot create a new segment's files.
        var blocked = BlockNewSegmentFiles();
        await using var second = await StartAsync();
        var indexer = second.GetRequiredService<OutboxIndexer>();
        var failed = await Record.ExceptionAsync(() => indexer.CatchUpAsync(CancellationToken.None));

        Assert.NotNull(failed);
        // No item is to blame, so none is recorded as one the index skipped, and the cursor stays where it was.
        Assert.Empty(await FailuresAsync(second));
        Assert.Empty(IndexedDocumentIds(second));

        foreach (var folder in blocked)
        {
            System.IO.Directory.Delete(folder);
        }

        await indexer.CatchUpAsync(CancellationToken.None);
        Assert.Equal(outcomes.Select(o => o.DocumentId!).Order(StringComparer.Ordinal), IndexedDocumentIds(second));
        Assert.Empty(await FailuresAsync(second));
    }

    // A folder under each name the index's next segments would give their stored passages: creating that file fails.
    private List<string> BlockNewSegmentFiles()
    {
        System.IO.Directory.CreateDirectory(IndexPath);
        return [.. "0123456789abcdefghijklmnopqrstuvwxyz".Select(name =>
        {
            var folder = Path.Combine(IndexPath, "_" + name + ".fdt");
            System.IO.Directory.CreateDirectory(folder);
            return folder;
        })];
    }

    private string CutLargestSegmentFileInHalf()
    {
        var cut = new DirectoryInfo(IndexPath).GetFiles()
            .Where(f => f.Extension is ".cfs" or ".fdt" or ".tim" or ".doc")
            .OrderByDescending(f => f.Length)
            .First();
        using (var stream = new FileStream(cut.FullName, FileMode.Open, FileAccess.Write))
        {
            stream.SetLength(cut.Length / 2);
        }

        return cut.FullName;
    }

    private async Task<string> DamageAsync(string contentItemId)
    {
        await using var provider = await StartAsync();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        var record = await db.ContentItems.SingleAsync(r => r.ContentItemId == contentItemId && r.Published);
        var original = record.Document;
        record.Document = "{\"ContentItemId\": \"" + contentItemId + "\", \"TitlePart\": [";
        await db.SaveChangesAsync();
        return original;
    }

    private async Task RepairAsync(string contentItemId, string original)
    {
        await using var provider = await StartAsync();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        var record = await db.ContentItems.SingleAsync(r => r.ContentItemId == contentItemId && r.Published);
        record.Document = original;
        await db.SaveChangesAsync();
    }

    private static async Task<IReadOnlyList<IndexingFailure>> FailuresAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IIndexingFailureStore>().ListAsync(100, CancellationToken.None);
    }

    private static async Task<IReadOnlyList<string>> HitsAsync(IServiceProvider services)
    {
        var results = await services.GetRequiredService<SearchService>().SearchAsync(
            new SearchRequest { Query = "children in care visits", Top = 50, AllowedClassifications = Classifications.All },
            CancellationToken.None);
        return [.. results.Hits.Select(h => h.PassageId)];
    }

    private static List<string> IndexedDocumentIds(IServiceProvider services) =>
        services.GetRequiredService<PassageIndex>().Read(searcher =>
        {
            var reader = searcher.IndexReader;
            var live = Lucene.Net.Index.MultiFields.GetLiveDocs(reader);
            var ids = new SortedSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.MaxDoc; i++)
            {
                if (live is null || live.Get(i))
                {
                    ids.Add(reader.Document(i).Get(PassageFields.DocumentId, CultureInfo.InvariantCulture));
                }
            }

            return ids.ToList();
        });

    private async Task<ServiceProvider> StartAsync(Action<IServiceCollection>? extra = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:DataDirectory"] = _folder.Path,
            ["Search:IndexDirectory"] = IndexPath,
            ["Search:GlossaryPath"] = RepoPaths.GlossaryRecipe,
            ["Search:MeaningSearch"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddInspectionContent(store => store.DataDirectory = _folder.Path);
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

    private List<string> WriteReports(int count)
    {
        var folder = Path.Combine(_folder.Path, "inputs");
        System.IO.Directory.CreateDirectory(folder);
        return [.. Enumerable.Range(1, count).Select(number =>
        {
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"review-{number:00}.txt"));
            var sections = Enumerable.Range(1, 12).Select(section => string.Create(
                CultureInfo.InvariantCulture,
                $"Section {number}.{section} of the quarterly review {number}\n\n{string.Join(' ', Enumerable.Repeat($"Review {number} section {section} records how the service for children in care improved its visits, plans and reviews.", 6))}\n"));
            File.WriteAllText(path, $"Quarterly review {number}\n\n" + string.Join("\n", sections));
            return path;
        })];
    }
}

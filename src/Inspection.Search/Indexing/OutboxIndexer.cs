using System.Collections.Concurrent;
using Inspection.Content.Evidence;
using Inspection.Content.Model;
using Inspection.Content.Outbox;
using Inspection.Content.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inspection.Search.Indexing;

/// <summary>
/// Keeps the local index in step with the store by tailing its indexing tasks (the outbox) from this node's cursor,
/// and rebuilds the index from the store alone. One instance per index; calls are serialised.
/// Evidence committed in this process is offered to it as it commits (<see cref="Committed"/>): a catch-up indexes
/// those tasks from memory instead of reading them back, and a long ingestion starts catch-ups in the background.
/// </summary>
public sealed class OutboxIndexer(PassageIndex index, IServiceScopeFactory scopes, IOptions<SearchOptions> options, ILogger<OutboxIndexer> logger)
    : IEvidenceCommitListener, IDisposable
{
    private const int BatchSize = 500;

    // Offers wait in memory for the next catch-up; past these bounds new offers are dropped and read from the store instead.
    private const int MaxOfferedItems = 2_000;
    private const int MaxOfferedPassages = 50_000;

    // Enough waiting passages to be worth a Lucene commit of their own while the ingestion goes on.
    private const int BackgroundPassages = 1_500;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IndexCursor _cursor = new(index.IndexDirectory);
    private readonly ConcurrentDictionary<long, CommittedEvidence> _offered = new();
    private readonly CancellationTokenSource _stopping = new();

    // Catch-ups, warmers and rebuilds started in the background and maybe not yet running; Dispose waits for them, so
    // that none starts after the gate and the token it needs are gone. Guarded by _backgroundLock, as is _disposed.
    private readonly List<Task> _background = [];
    private readonly Lock _backgroundLock = new();
    private int _offeredPassages;
    private int _backgroundRunning;
    private int _rebuildRunning;
    private int _warmRunning;
    private bool _disposed;

    // Written and read only while holding the gate.
    private bool _unwarmed;

    /// <summary>True while a background rebuild of an index found unreadable is running.</summary>
    public bool Rebuilding => Volatile.Read(ref _rebuildRunning) != 0;

    /// <summary>Passages offered by <see cref="Committed"/> and not yet applied by a catch-up.</summary>
    public int OfferedPassages => Volatile.Read(ref _offeredPassages);

    /// <summary>
    /// Keeps committed evidence for the catch-up that will apply its task. Once enough waits, starts that catch-up in the
    /// background, so that indexing runs beside the ingestion instead of after it. Never throws: a lost offer costs a store read.
    /// </summary>
    public void Committed(CommittedEvidence evidence)
    {
        if (evidence is null || evidence.Task.Kind != IndexingTaskKind.Update || _disposed)
        {
            return;
        }

        if (_offered.Count >= MaxOfferedItems || OfferedPassages + evidence.Passages.Count > MaxOfferedPassages)
        {
            return;
        }

        if (_offered.TryAdd(evidence.Task.Id, evidence)
            && Interlocked.Add(ref _offeredPassages, evidence.Passages.Count) >= BackgroundPassages
            && Interlocked.CompareExchange(ref _backgroundRunning, 1, 0) == 0
            && !TryStartBackground(BackgroundCatchUpAsync))
        {
            Volatile.Write(ref _backgroundRunning, 0);
        }
    }

    /// <summary>
    /// Applies every task after the cursor; returns how many documents were re-indexed or removed. Then, if anything was
    /// indexed since the last time (by this call or by background catch-ups during an ingestion), runs the warmers once.
    /// </summary>
    public Task<int> CatchUpAsync(CancellationToken cancellationToken) => CatchUpAsync(warm: true, cancellationToken);

    /// <summary>
    /// Applies every task after the cursor as <see cref="CatchUpAsync(CancellationToken)"/> does, and returns once searches
    /// see the changes; the warmers then run in the background (under the same gate, so the next catch-up waits for
    /// them). For a request that must answer quickly: a reader arriving before the warm-up ends works out what it needs itself.
    /// </summary>
    public async Task<int> CatchUpWarmingLaterAsync(CancellationToken cancellationToken)
    {
        var applied = await CatchUpAsync(warm: false, cancellationToken).ConfigureAwait(false);
        if (!_disposed && Interlocked.CompareExchange(ref _warmRunning, 1, 0) == 0 && !TryStartBackground(BackgroundWarmAsync))
        {
            Volatile.Write(ref _warmRunning, 0);
        }

        return applied;
    }

    private async Task<int> CatchUpAsync(bool warm, CancellationToken cancellationToken)
    {
        // Read only beside the process that holds the index (SearchOptions.ReadWhenHeld): that process applies the outbox,
        // this one's changes included, so there is nothing to do here. Rebuilding (which writes) is refused by the index.
        if (index.IsReadOnly)
        {
            return 0;
        }

        // An index found unreadable is refilled from the store first; until then there is nothing to catch up on. The web
        // app does it in the background, so that its pages answer "being rebuilt" meanwhile instead of waiting.
        if (index.RebuildPending && options.Value.RebuildInBackground)
        {
            StartBackgroundRebuild();
            return 0;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (index.RebuildPending)
            {
                return await RebuildHoldingGateAsync(null, cancellationToken).ConfigureAwait(false);
            }

            var applied = 0;
            var cursor = _cursor.Read();
            while (true)
            {
                await using var scope = scopes.CreateAsyncScope();
                var tasks = await scope.ServiceProvider.GetRequiredService<IIndexingTaskReader>()
                    .ReadAfterAsync(cursor, BatchSize, cancellationToken).ConfigureAwait(false);
                if (tasks.Count == 0)
                {
                    break;
                }

                // Several tasks for one item collapse into one: its state as of its last task in the batch.
                var lastTasks = new Dictionary<string, IndexingTask>(StringComparer.Ordinal);
                foreach (var task in tasks)
                {
                    lastTasks[task.ContentItemId] = task;
                }

                var indexed = new List<string>(lastTasks.Count);
                var prefetched = await PrefetchAsync(scope.ServiceProvider, lastTasks.Values, cancellationToken).ConfigureAwait(false);
                foreach (var task in lastTasks.Values.OrderBy(t => t.Id))
                {
                    if (await TryApplyAsync(scope.ServiceProvider, task, cancellationToken, prefetched: prefetched, storageFailureEndsBatch: true).ConfigureAwait(false) != Applied.Failed)
                    {
                        indexed.Add(task.ContentItemId);
                    }

                    applied++;
                }

                cursor = tasks[^1].Id;
                await scope.ServiceProvider.GetRequiredService<IIndexingFailureStore>().ClearAsync(indexed, cancellationToken).ConfigureAwait(false);
                index.Commit();
                _cursor.Write(cursor);
                ForgetOffersUpTo(cursor);
            }

            index.Refresh();
            if (applied > 0)
            {
                logger.CaughtUp(applied, cursor);
                _unwarmed = true;
            }

            // Background catch-ups leave warming to the catch-up that ends the batch: once, over the final segments.
            if (warm && _unwarmed)
            {
                _unwarmed = false;
                await WarmAsync(cancellationToken).ConfigureAwait(false);
            }

            return applied;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Empties the index and fills it from the store's published items; reports documents done. Reads nothing from the
    /// old index, so it works whatever state that was in. An item that fails is recorded and skipped.
    /// </summary>
    public async Task<int> RebuildAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        // Read only beside the process that holds the index: refused before anything is touched (the failures it would
        // clear and the cursor it would move are that process's).
        if (index.IsReadOnly)
        {
            throw new Lucene.Net.Store.LockObtainFailedException($"the search index in {index.IndexDirectory} is held by another process");
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RebuildHoldingGateAsync(progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> RebuildHoldingGateAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        // Read the outbox position first: changes made while rebuilding are replayed by the next catch-up.
        var last = await services.GetRequiredService<IIndexingTaskReader>().GetLastIdAsync(cancellationToken).ConfigureAwait(false);
        var ids = await services.GetRequiredService<IIndexingTaskReader>().ListLiveItemIdsAsync(cancellationToken).ConfigureAwait(false);
        var failures = services.GetRequiredService<IIndexingFailureStore>();
        // A rebuild tries every item again: what still fails is recorded afresh below.
        await failures.ClearAllAsync(cancellationToken).ConfigureAwait(false);
        index.DeleteAll();
        var done = 0;
        foreach (var id in ids)
        {
            // Each item is read and indexed on its own (what is not evidence is skipped there), so a damaged one fails alone.
            var task = new IndexingTask(last, id, "", IndexingTaskKind.Update, default);
            if (await TryApplyAsync(services, task, cancellationToken, fromMemory: false).ConfigureAwait(false) == Applied.Evidence)
            {
                done++;
                progress?.Report(done);
            }
        }

        index.Commit();
        _cursor.Write(last);
        ForgetOffersUpTo(last);
        index.Refresh();
        index.RebuildFinished();
        logger.Rebuilt(done, last);
        _unwarmed = false;
        await WarmAsync(cancellationToken).ConfigureAwait(false);
        return done;
    }

    private void StartBackgroundRebuild()
    {
        if (!_disposed && Interlocked.CompareExchange(ref _rebuildRunning, 1, 0) == 0 && !TryStartBackground(BackgroundRebuildAsync))
        {
            Volatile.Write(ref _rebuildRunning, 0);
        }
    }

    // False once disposing has begun: nothing new starts then.
    private bool TryStartBackground(Func<Task> work)
    {
        lock (_backgroundLock)
        {
            if (_disposed)
            {
                return false;
            }

            _background.RemoveAll(t => t.IsCompleted);
            _background.Add(Task.Run(work, CancellationToken.None));
            return true;
        }
    }

    private async Task BackgroundRebuildAsync()
    {
        try
        {
            await _gate.WaitAsync(_stopping.Token).ConfigureAwait(false);
            try
            {
                if (index.RebuildPending)
                {
                    logger.RebuildStarted();
                    await RebuildHoldingGateAsync(null, _stopping.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _gate.Release();
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down: the marker stays, so the next start rebuilds again.
            return;
        }
        catch (Exception ex)
        {
            // A background boundary: the index stays marked for a rebuild, which the next catch-up starts again.
            logger.RebuildFailed(ex);
        }
        finally
        {
            Volatile.Write(ref _rebuildRunning, 0);
        }
    }

    public void Dispose()
    {
        Task[] started;
        lock (_backgroundLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            started = [.. _background];
        }

        _stopping.Cancel();
        // Each background method catches its own failures, so waiting throws nothing; one not yet running sees the
        // cancelled token at once and ends.
        Task.WaitAll(started);
        // A background catch-up holds the gate until it stops; waiting for the gate waits for it.
        _gate.Wait();
        _gate.Dispose();
        _stopping.Dispose();
    }

    private async Task BackgroundCatchUpAsync()
    {
        try
        {
            await CatchUpAsync(warm: false, _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down: the cursor has not moved past what was not committed, so the next catch-up redoes it.
            return;
        }
        catch (Exception ex)
        {
            // A background boundary: the outbox still holds every task, so the next catch-up retries them.
            logger.BackgroundCatchUpFailed(ex);
        }
        finally
        {
            Volatile.Write(ref _backgroundRunning, 0);
        }
    }

    private async Task BackgroundWarmAsync()
    {
        try
        {
            await _gate.WaitAsync(_stopping.Token).ConfigureAwait(false);
            try
            {
                // Cleared before warming: changes indexed while this runs set it again and start another run.
                Volatile.Write(ref _warmRunning, 0);
                if (_unwarmed)
                {
                    _unwarmed = false;
                    await WarmAsync(_stopping.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _gate.Release();
            }
        }
        catch (Exception ex) when (ex is ObjectDisposedException || (ex is OperationCanceledException && _stopping.IsCancellationRequested))
        {
            // Shutting down (the container that makes its scopes may be disposed before this indexer is): warming is only
            // a head start, and the next process's catch-up warms what it finds.
            return;
        }
        catch (Exception ex)
        {
            // A background boundary: the index is committed and correct; readers work out what the warmers would have kept.
            logger.BackgroundWarmingFailed(ex);
        }
        finally
        {
            Volatile.Write(ref _warmRunning, 0);
        }
    }

    // An offer stands in for a store read only when it is what the task describes: the same version, still to be indexed.
    private bool TryIndexOffered(IndexingTask task)
    {
        if (task.Kind != IndexingTaskKind.Update
            || !_offered.TryGetValue(task.Id, out var offered)
            || !string.Equals(offered.Task.ContentItemVersionId, task.ContentItemVersionId, StringComparison.Ordinal)
            || !EvidencePart.IsEvidence(offered.Item))
        {
            return false;
        }

        if (offered.Passages.Count == 0)
        {
            index.DeleteDocument(task.ContentItemId);
        }
        else
        {
            index.UpsertDocument(task.ContentItemId, IndexedPassageMapper.Map(offered.Item, offered.Passages, offered.Findings));
        }

        return true;
    }

    private void ForgetOffersUpTo(long cursor)
    {
        foreach (var id in _offered.Keys)
        {
            if (id <= cursor && _offered.TryRemove(id, out var removed))
            {
                Interlocked.Add(ref _offeredPassages, -removed.Passages.Count);
            }
        }
    }

    private async Task WarmAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var warmer in scope.ServiceProvider.GetServices<IIndexWarmer>())
        {
            try
            {
                await warmer.WarmAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (ObjectDisposedException)
            {
                // The process is ending and the services the warmers read are gone: warming no longer helps anyone.
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The index is committed and correct; warming is only a head start for its readers.
                logger.WarmingFailed(warmer.GetType().Name, ex.Message);
            }
        }
    }

    // The per-item boundary: an item the index cannot take is recorded in the store with its error and skipped, so
    // the items after it are still indexed and the cursor moves on. In a catch-up, the index's own files failing (a full
    // disk, a folder that cannot be written) is no fault of the item, and Lucene may have dropped the batch's other
    // passages not yet flushed with it: that ends the catch-up before the cursor moves, and the next one applies the batch again.
    private async Task<Applied> TryApplyAsync(IServiceProvider services, IndexingTask task, CancellationToken cancellationToken, bool fromMemory = true, Prefetched? prefetched = null, bool storageFailureEndsBatch = false)
    {
        try
        {
            if (fromMemory && TryIndexOffered(task))
            {
                return Applied.Evidence;
            }

            if (prefetched is not null && prefetched.Requested.Contains(task.ContentItemId))
            {
                return IndexItem(task.ContentItemId, prefetched.Items.GetValueOrDefault(task.ContentItemId), prefetched) ? Applied.Evidence : Applied.Other;
            }

            return await IndexItemAsync(services, task.ContentItemId, cancellationToken).ConfigureAwait(false) ? Applied.Evidence : Applied.Other;
        }
        catch (Exception ex) when ((ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested) && !(storageFailureEndsBatch && IsStorageFailure(ex)))
        {
            // Recorded from a scope of its own: the batch's store context may be what failed. If even this fails, the
            // exception ends the catch-up before the cursor moves, and the next one tries the item again.
            await using var failureScope = scopes.CreateAsyncScope();
            var failures = failureScope.ServiceProvider.GetRequiredService<IIndexingFailureStore>();
            await failures.RecordAsync(task, $"{ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}", cancellationToken).ConfigureAwait(false);
            logger.OutboxItemFailed(task.ContentItemId, task.Id, ex);
            return Applied.Failed;
        }
    }

    // The item is read from the store before any of this; what fails with these is the index's writing of its files.
    private static bool IsStorageFailure(Exception ex) =>
        ex is IOException or UnauthorizedAccessException;

    // Returns whether the item is evidence (indexed, or emptied when it has no passages); false for anything else, removed.
    private async Task<bool> IndexItemAsync(IServiceProvider services, string contentItemId, CancellationToken cancellationToken)
    {
        var item = await services.GetRequiredService<IContentStore>()
            .GetAsync(contentItemId, VersionOptions.Published, cancellationToken).ConfigureAwait(false);
        if (item is null || !EvidencePart.IsEvidence(item))
        {
            return Apply(contentItemId, item, [], []);
        }

        var evidence = services.GetRequiredService<IEvidenceStore>();
        var passages = await evidence.ListPassagesAsync(item.ContentItemVersionId, cancellationToken).ConfigureAwait(false);
        var findings = await evidence.ListFindingsAsync(contentItemId, cancellationToken).ConfigureAwait(false);
        return Apply(contentItemId, item, passages, findings);
    }

    // One item into the index, however it was read: not published or not evidence is removed (false), evidence without
    // passages is removed (true), evidence with passages is written (true).
    private bool Apply(string contentItemId, ContentItem? item, IReadOnlyList<Passage> passages, IReadOnlyList<Finding> findings)
    {
        if (item is null || !EvidencePart.IsEvidence(item))
        {
            index.DeleteDocument(contentItemId);
            return false;
        }

        if (passages.Count == 0)
        {
            index.DeleteDocument(contentItemId);
            return true;
        }

        index.UpsertDocument(contentItemId, IndexedPassageMapper.Map(item, passages, findings));
        return true;
    }

    // What IndexItemAsync reads, read for a whole batch of tasks in a few queries rather than several per item.
    private async Task<Prefetched?> PrefetchAsync(IServiceProvider services, IEnumerable<IndexingTask> tasks, CancellationToken cancellationToken)
    {
        var ids = tasks.Where(t => !_offered.ContainsKey(t.Id)).Select(t => t.ContentItemId).ToHashSet(StringComparer.Ordinal);
        if (ids.Count < 2)
        {
            return null;
        }

        try
        {
            var items = (await services.GetRequiredService<IContentStore>().GetManyAsync(ids, VersionOptions.Published, cancellationToken).ConfigureAwait(false))
                .ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
            var evidence = services.GetRequiredService<IEvidenceStore>();
            var evidenceItems = items.Values.Where(EvidencePart.IsEvidence).ToList();
            var passages = await evidence.ListPassagesManyAsync([.. evidenceItems.Select(i => i.ContentItemVersionId)], cancellationToken).ConfigureAwait(false);
            var findings = await evidence.ListFindingsManyAsync([.. evidenceItems.Select(i => i.ContentItemId)], cancellationToken).ConfigureAwait(false);
            return new Prefetched(ids, items, passages, findings);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A batch boundary: read each item on its own instead, so that one that cannot be read fails alone and is recorded.
            logger.BatchReadFailed(ids.Count, ex.Message.ReplaceLineEndings(" "));
            return null;
        }
    }

    // As IndexItemAsync, from what was read for the batch: an item not among the published ones is removed.
    private bool IndexItem(string contentItemId, ContentItem? item, Prefetched prefetched) =>
        Apply(
            contentItemId,
            item,
            item is null ? [] : prefetched.Passages.GetValueOrDefault(item.ContentItemVersionId) ?? [],
            prefetched.Findings.GetValueOrDefault(contentItemId) ?? []);

    private sealed record Prefetched(
        HashSet<string> Requested,
        Dictionary<string, ContentItem> Items,
        IReadOnlyDictionary<string, IReadOnlyList<Passage>> Passages,
        IReadOnlyDictionary<string, IReadOnlyList<Finding>> Findings);

    private enum Applied
    {
        Failed,
        Evidence,
        Other,
    }
}

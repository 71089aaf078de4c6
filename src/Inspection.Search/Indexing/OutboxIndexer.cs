using Inspection.Content.Evidence;
using Inspection.Content.Model;
using Inspection.Content.Outbox;
using Inspection.Content.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inspection.Search.Indexing;

/// <summary>
/// Keeps the local index in step with the store by tailing its indexing tasks (the outbox) from this node's cursor,
/// and rebuilds the index from the store alone. One instance per index; calls are serialised.
/// </summary>
public sealed class OutboxIndexer(PassageIndex index, IServiceScopeFactory scopes, ILogger<OutboxIndexer> logger) : IDisposable
{
    private const int BatchSize = 500;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IndexCursor _cursor = new(index.IndexDirectory);

    /// <summary>Applies every task after the cursor; returns how many documents were re-indexed or removed.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
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

                // Several tasks for one item collapse into one re-read of its current published state.
                foreach (var itemId in tasks.Select(t => t.ContentItemId).Distinct(StringComparer.Ordinal))
                {
                    await IndexItemAsync(scope.ServiceProvider, itemId, cancellationToken).ConfigureAwait(false);
                    applied++;
                }

                cursor = tasks[^1].Id;
                index.Commit();
                _cursor.Write(cursor);
            }

            index.Refresh();
            if (applied > 0)
            {
                logger.CaughtUp(applied, cursor);
                await WarmAsync(cancellationToken).ConfigureAwait(false);
            }

            return applied;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Empties the index and fills it from the store's published items; reports documents done.</summary>
    public async Task<int> RebuildAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            // Read the outbox position first: changes made while rebuilding are replayed by the next catch-up.
            var last = await services.GetRequiredService<IIndexingTaskReader>().GetLastIdAsync(cancellationToken).ConfigureAwait(false);
            var items = await services.GetRequiredService<IContentStore>().ListAsync(null, cancellationToken).ConfigureAwait(false);
            index.DeleteAll();
            var done = 0;
            foreach (var item in items.Where(EvidencePart.IsEvidence))
            {
                await IndexItemAsync(services, item.ContentItemId, cancellationToken).ConfigureAwait(false);
                done++;
                progress?.Report(done);
            }

            index.Commit();
            _cursor.Write(last);
            index.Refresh();
            logger.Rebuilt(done, last);
            await WarmAsync(cancellationToken).ConfigureAwait(false);
            return done;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task WarmAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var warmer in scope.ServiceProvider.GetServices<IIndexWarmer>())
        {
            try
            {
                await warmer.WarmAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The index is committed and correct; warming is only a head start for its readers.
                logger.WarmingFailed(warmer.GetType().Name, ex.Message);
            }
        }
    }

    private async Task IndexItemAsync(IServiceProvider services, string contentItemId, CancellationToken cancellationToken)
    {
        var item = await services.GetRequiredService<IContentStore>()
            .GetAsync(contentItemId, VersionOptions.Published, cancellationToken).ConfigureAwait(false);
        if (item is null || !EvidencePart.IsEvidence(item))
        {
            index.DeleteDocument(contentItemId);
            return;
        }

        var evidence = services.GetRequiredService<IEvidenceStore>();
        var passages = await evidence.ListPassagesAsync(item.ContentItemVersionId, cancellationToken).ConfigureAwait(false);
        var findings = await evidence.ListFindingsAsync(contentItemId, cancellationToken).ConfigureAwait(false);
        if (passages.Count == 0)
        {
            index.DeleteDocument(contentItemId);
            return;
        }

        index.UpsertDocument(contentItemId, [.. passages.Select(p => IndexedPassageMapper.Map(item, p, findings))]);
    }
}

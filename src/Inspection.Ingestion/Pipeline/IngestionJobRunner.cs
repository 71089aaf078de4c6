using System.Diagnostics;
using System.Text.Json;
using Inspection.Content.Jobs;
using Inspection.Content.Outbox;
using Inspection.Ingestion.Extraction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inspection.Ingestion.Pipeline;

/// <summary>
/// Runs batches as persisted jobs: the file list is saved before work starts and each file's result as it ends,
/// so a crash or restart resumes with the files still pending. Each file gets its own service scope (its own DbContext).
/// </summary>
public sealed class IngestionJobRunner(
    IServiceScopeFactory scopes,
    IOptions<IngestionOptions> options,
    IEnumerable<IBatchCommitListener> batchListeners,
    ILogger<IngestionJobRunner> logger)
{
    /// <summary>Saves a job for <paramref name="filePaths"/> (already expanded to files) and runs it.</summary>
    public async Task<IReadOnlyList<IngestOutcome>> RunAsync(IReadOnlyList<string> filePaths, IngestSettings settings, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filePaths);
        ArgumentNullException.ThrowIfNull(settings);
        IngestionJob job;
        await using (var scope = scopes.CreateAsyncScope())
        {
            job = await scope.ServiceProvider.GetRequiredService<IIngestionJobStore>()
                .CreateAsync(filePaths, JsonSerializer.Serialize(settings), cancellationToken).ConfigureAwait(false);
        }

        return await RunJobAsync(job.Id, settings, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Finishes every job a previous run left unfinished; returns the outcomes of the files it processed now.</summary>
    public async Task<IReadOnlyList<IngestOutcome>> ResumeAsync(IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        IReadOnlyList<IngestionJob> unfinished;
        await using (var scope = scopes.CreateAsyncScope())
        {
            unfinished = await scope.ServiceProvider.GetRequiredService<IIngestionJobStore>()
                .ListUnfinishedAsync(cancellationToken).ConfigureAwait(false);
        }

        var outcomes = new List<IngestOutcome>();
        foreach (var job in unfinished)
        {
            var settings = JsonSerializer.Deserialize<IngestSettings>(job.Options) ?? IngestSettings.Default;
            outcomes.AddRange(await RunJobAsync(job.Id, settings, progress, cancellationToken).ConfigureAwait(false));
        }

        return outcomes;
    }

    private async Task<IReadOnlyList<IngestOutcome>> RunJobAsync(string jobId, IngestSettings settings, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        IReadOnlyList<IngestionJobItem> items;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var jobs = scope.ServiceProvider.GetRequiredService<IIngestionJobStore>();
            await jobs.StartAsync(jobId, cancellationToken).ConfigureAwait(false);
            items = await jobs.ListItemsAsync(jobId, cancellationToken).ConfigureAwait(false);
        }

        var pending = items.Where(i => i.Status == IngestionItemStatuses.Pending).ToList();
        var outcomes = new List<IngestOutcome>(pending.Count);
        var clock = Stopwatch.StartNew();
        var pages = 0;

        // Extraction is CPU-bound: prepare files on all cores but one, and save them one at a time, in order. The core left
        // over commits and indexes (committed evidence is indexed in the background as the job runs); on two cores,
        // preparing two files at once measured slower than one, as the parsers and the indexer fought over both.
        var degree = options.Value.FilesAtOnce > 0 ? options.Value.FilesAtOnce : Math.Max(1, Environment.ProcessorCount - 1);
        using var slots = new SemaphoreSlim(degree);
        var inFlight = new Queue<(IngestionJobItem Item, Task<PreparedFile> Prepared)>();

        async Task CommitOldestAsync()
        {
            var (item, preparing) = inFlight.Dequeue();
            var outcome = await CommitAsync(jobId, item, await preparing.ConfigureAwait(false), settings, cancellationToken).ConfigureAwait(false);
            outcomes.Add(outcome);
            pages += outcome.Pages;
            progress?.Report(new IngestProgress(outcomes.Count, pending.Count, pages, clock.Elapsed, outcome));
        }

        try
        {
            foreach (var item in pending)
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                inFlight.Enqueue((item, PrepareAsync(item, slots, cancellationToken)));
                while (inFlight.Count > 0 && (inFlight.Peek().Prepared.IsCompleted || inFlight.Count > 2 * degree))
                {
                    await CommitOldestAsync().ConfigureAwait(false);
                }
            }

            while (inFlight.Count > 0)
            {
                await CommitOldestAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            // Never leave preparation running past this method (cancellation, a failed commit).
            await Task.WhenAll(inFlight.Select(f => f.Prepared)).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        }

        // A finished job should mean searchable evidence: let the local index catch up before the job is marked complete.
        foreach (var listener in batchListeners)
        {
            try
            {
                await listener.BatchCommittedAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogMessages.BatchListenerFailed(logger, jobId, e);
            }
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IIngestionJobStore>()
                .CompleteAsync(jobId, failed: false, cancellationToken).ConfigureAwait(false);
        }

        return outcomes;
    }

    private Task<PreparedFile> PrepareAsync(IngestionJobItem item, SemaphoreSlim slots, CancellationToken cancellationToken) =>
        Task.Run(
            async () =>
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    return await scope.ServiceProvider.GetRequiredService<IEvidenceIngester>()
                        .PrepareAsync(item.FilePath, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The per-file boundary: a bug on one file is that file's rejection, not the batch's end.
                    LogMessages.Failed(logger, Path.GetFileName(item.FilePath), ex);
                    var name = Path.GetFileName(item.FilePath);
                    return new PreparedFile(item.FilePath, new IngestOutcome(name, IngestionItemStatuses.Rejected, null, null, 0, 0, 0, $"{name}: could not be processed ({ex.GetType().Name})"));
                }
                finally
                {
                    slots.Release();
                }
            },
            cancellationToken);

    private async Task<IngestOutcome> CommitAsync(string jobId, IngestionJobItem item, PreparedFile prepared, IngestSettings settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetRequiredService<IIngestionJobStore>();
        return await scope.ServiceProvider.GetRequiredService<IEvidenceIngester>().CommitAsync(
            prepared,
            settings,
            (outcome, ct) => jobs.MarkItemAsync(jobId, item.Ordinal, outcome.Status, outcome.DocumentId, outcome.Error, ct),
            cancellationToken).ConfigureAwait(false);
    }
}

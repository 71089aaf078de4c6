using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
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
/// Several processes may run over one store (web nodes, a CLI): each works only on the items it has claimed, renews its
/// claims while it works, and takes over items whose claimant's lease has run out (it died or stalled).
/// </summary>
public sealed class IngestionJobRunner(
    IServiceScopeFactory scopes,
    IOptions<IngestionOptions> options,
    JobNode node,
    IEnumerable<IBatchCommitListener> batchListeners,
    ILogger<IngestionJobRunner> logger)
{
    /// <summary>Saves a job for <paramref name="filePaths"/> (already expanded to files) and runs it until every file is done.</summary>
    /// <remarks>Other nodes may take part of the job; their files' outcomes are read back from the store, without page counts.</remarks>
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

        return await RunJobAsync(job.Id, settings, progress, untilFinished: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Works on every unfinished job's items that no live node holds (a previous run's, another node's that died, or
    /// items no node has started); returns the outcomes of the files it processed now. Leaves items other nodes hold to them.
    /// </summary>
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
            outcomes.AddRange(await RunJobAsync(job.Id, settings, progress, untilFinished: false, cancellationToken).ConfigureAwait(false));
        }

        return outcomes;
    }

    private async Task<IReadOnlyList<IngestOutcome>> RunJobAsync(string jobId, IngestSettings settings, IProgress<IngestProgress>? progress, bool untilFinished, CancellationToken cancellationToken)
    {
        var run = new JobRun(jobId, settings, progress);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var items = await scope.ServiceProvider.GetRequiredService<IIngestionJobStore>().ListItemsAsync(jobId, cancellationToken).ConfigureAwait(false);
            run.Total = items.Count(i => i.Status == IngestionItemStatuses.Pending);
        }

        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewing = RenewLeasesAsync(renewal.Token);
        var finished = false;
        var ended = false;
        try
        {
            while (true)
            {
                if (await RunClaimedItemsAsync(run, cancellationToken).ConfigureAwait(false) > 0)
                {
                    await CatchUpAsync(jobId, cancellationToken).ConfigureAwait(false);
                }

                finished = await InScopeAsync(jobs => jobs.CompleteIfDoneAsync(jobId, cancellationToken)).ConfigureAwait(false);
                if (finished || !untilFinished)
                {
                    break;
                }

                // The rest is held by other nodes: wait for them to finish it, or for a dead node's lease to run out.
                await Task.Delay(WaitForOthers, cancellationToken).ConfigureAwait(false);
            }

            ended = true;
        }
        finally
        {
            await renewal.CancelAsync().ConfigureAwait(false);
            await renewing.ConfigureAwait(false);
            if (!ended)
            {
                // Stopped or failed (a data folder that cannot be written): the items it held go back at once, so that
                // the next run, here or on another node, takes them without waiting out the lease.
                await ReleaseAsync().ConfigureAwait(false);
            }
        }

        if (finished && untilFinished)
        {
            await AddOthersOutcomesAsync(run, cancellationToken).ConfigureAwait(false);
        }

        return run.Outcomes;
    }

    // Polls no less often than the claims are renewed, and at least every two seconds.
    private TimeSpan WaitForOthers => node.RenewEvery < TimeSpan.FromSeconds(2) ? node.RenewEvery : TimeSpan.FromSeconds(2);

    /// <summary>Claims the job's free items a few at a time and processes them, until none is left to claim; returns how many.</summary>
    private async Task<int> RunClaimedItemsAsync(JobRun run, CancellationToken cancellationToken)
    {
        // Extraction is CPU-bound: by default prepare files on all cores but one, and save them one at a time, in order. The
        // core left over commits and indexes (committed evidence is indexed in the background as the job runs) and, in the
        // web host, serves requests. The CLI, whose batch is its only work, asks for one file per core.
        var degree = options.Value.FilesAtOnce > 0 ? options.Value.FilesAtOnce : Math.Max(1, Environment.ProcessorCount - 1);
        using var slots = new SemaphoreSlim(degree);

        // Claiming and preparing run ahead of committing, connected by a short queue of files in claim order: a commit
        // waits on the disk (the blob's and the transaction's fsync) while the next files are already being parsed. The
        // queue is bounded so that few prepared files are held at once; only committed files count as done.
        var queue = Channel.CreateBounded<(IngestionJobItem Item, Task<PreparedFile> Prepared)>(
            new BoundedChannelOptions(2 * degree) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var committing = CommitInOrderAsync(run, queue.Reader, stop, cancellationToken);
        var processed = 0;
        try
        {
            // Claim few at a time (one more than are prepared at once), so that a job is shared out between nodes.
            while (true)
            {
                var claimed = await InScopeAsync(jobs => jobs.ClaimAsync(run.JobId, node.Id, degree + 1, node.Lease, stop.Token)).ConfigureAwait(false);
                if (claimed.Count == 0)
                {
                    break;
                }

                foreach (var item in claimed)
                {
                    run.Ours.Add(item.Ordinal);
                    await slots.WaitAsync(stop.Token).ConfigureAwait(false);
                    var preparing = PrepareAsync(item, slots, cancellationToken);
                    try
                    {
                        await queue.Writer.WriteAsync((item, preparing), stop.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        await preparing.ConfigureAwait(false);
                        throw;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The committer failed and stopped the claiming; its exception is the one to report, below.
        }
        finally
        {
            queue.Writer.TryComplete();
            try
            {
                processed = await committing.ConfigureAwait(false);
            }
            finally
            {
                // Never leave preparation running past this method (cancellation, a failed commit).
                var left = new List<Task>();
                while (queue.Reader.TryRead(out var queued))
                {
                    left.Add(queued.Prepared);
                }

                await Task.WhenAll(left).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            }
        }

        return processed;
    }

    // Commits the prepared files in the order they were claimed; a failure stops the claiming and is rethrown.
    private async Task<int> CommitInOrderAsync(JobRun run, ChannelReader<(IngestionJobItem Item, Task<PreparedFile> Prepared)> queue, CancellationTokenSource stop, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var processed = 0;
        try
        {
            while (await queue.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (queue.TryRead(out var next))
                {
                    var outcome = await CommitAsync(run.JobId, next.Item, await next.Prepared.ConfigureAwait(false), run.Settings, cancellationToken).ConfigureAwait(false);
                    run.Outcomes.Add(outcome);
                    processed++;
                    run.Pages += outcome.Pages;
                    run.Progress?.Report(new IngestProgress(run.Outcomes.Count, Math.Max(run.Total, run.Outcomes.Count), run.Pages, clock.Elapsed, outcome));
                }
            }

            return processed;
        }
        catch (Exception)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    // A finished job should mean searchable evidence: let the local index catch up before the job is marked complete.
    private async Task CatchUpAsync(string jobId, CancellationToken cancellationToken)
    {
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
    }

    // While this node works, its claims are renewed; once it stops (or dies) they run out and other nodes take the items.
    private async Task RenewLeasesAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(node.RenewEvery, cancellationToken).ConfigureAwait(false);
                try
                {
                    await InScopeAsync(jobs => jobs.RenewAsync(node.Id, node.Lease, cancellationToken)).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The next renewal tries again; if the store stays out of reach, another node takes the items over.
                    LogMessages.LeaseRenewalFailed(logger, node.Id, e);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The job run has ended.
        }
    }

    // A node that is stopped or fails (rather than killed) hands its unfinished items back at once instead of after its lease.
    private async Task ReleaseAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await InScopeAsync(jobs => jobs.ReleaseAsync(node.Id, timeout.Token)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || timeout.IsCancellationRequested)
        {
            // The lease runs out instead.
            LogMessages.LeaseRenewalFailed(logger, node.Id, e);
        }
    }

    // Files of this job that other nodes processed: what the store recorded, without the page and passage counts.
    private async Task AddOthersOutcomesAsync(JobRun run, CancellationToken cancellationToken)
    {
        var items = await InScopeAsync(jobs => jobs.ListItemsAsync(run.JobId, cancellationToken)).ConfigureAwait(false);
        foreach (var item in items.Where(i => !run.Ours.Contains(i.Ordinal) && i.Status != IngestionItemStatuses.Pending))
        {
            run.Outcomes.Add(new IngestOutcome(Path.GetFileName(item.FilePath), item.Status, item.ContentItemId, null, 0, 0, 0, item.Error));
        }
    }

    private async Task<T> InScopeAsync<T>(Func<IIngestionJobStore, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IIngestionJobStore>()).ConfigureAwait(false);
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
        try
        {
            return await scope.ServiceProvider.GetRequiredService<IEvidenceIngester>().CommitAsync(
                prepared,
                settings,
                (outcome, ct) => jobs.MarkItemAsync(jobId, item.Ordinal, outcome.Status, outcome.DocumentId, outcome.Error, ct),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The data folder failing (full, read-only) is no fault of the file and would fail the files after it alike: the
            // job stops with the file still pending, and the message says which file it was saving and that nothing is lost.
            throw new JobWaitsException(jobId, Path.GetFileName(item.FilePath), ex);
        }
    }

    /// <summary>One job's run on this node: what it has processed so far.</summary>
    private sealed class JobRun(string jobId, IngestSettings settings, IProgress<IngestProgress>? progress)
    {
        public string JobId { get; } = jobId;

        public IngestSettings Settings { get; } = settings;

        public IProgress<IngestProgress>? Progress { get; } = progress;

        public List<IngestOutcome> Outcomes { get; } = [];

        public HashSet<int> Ours { get; } = [];

        public int Total { get; set; }

        public int Pages { get; set; }
    }
}

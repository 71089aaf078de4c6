namespace Inspection.Content.Jobs;

/// <summary>Persisted ingestion jobs, so that work interrupted by a crash or restart resumes where it stopped.</summary>
public interface IIngestionJobStore
{
    /// <summary>Creates a queued job with one pending item per file, in the given order.</summary>
    Task<IngestionJob> CreateAsync(IReadOnlyList<string> filePaths, string optionsJson, CancellationToken cancellationToken);

    Task<IngestionJob?> GetAsync(string jobId, CancellationToken cancellationToken);

    /// <summary>Jobs still queued or running, oldest first: what a restarted worker must pick up.</summary>
    Task<IReadOnlyList<IngestionJob>> ListUnfinishedAsync(CancellationToken cancellationToken);

    /// <summary>The newest jobs first, at most <paramref name="max"/>, whatever their state.</summary>
    Task<IReadOnlyList<IngestionJob>> ListRecentAsync(int max, CancellationToken cancellationToken);

    /// <summary>The job's items by ordinal; a resuming worker skips those no longer pending.</summary>
    Task<IReadOnlyList<IngestionJobItem>> ListItemsAsync(string jobId, CancellationToken cancellationToken);

    /// <summary>The items of several jobs at once, each job's by ordinal (a list of uploads saying how each went).</summary>
    Task<IReadOnlyList<IngestionJobItem>> ListItemsAsync(IReadOnlyCollection<string> jobIds, CancellationToken cancellationToken);

    /// <summary>Marks the job running.</summary>
    Task StartAsync(string jobId, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> of the job's pending items for <paramref name="nodeId"/>, lowest ordinals first:
    /// those nobody holds and those whose holder's lease has run out. Each item goes to one claimant only, whatever the
    /// number of nodes asking at once; each claim counts as an attempt. Marks the job running when it claims anything.
    /// </summary>
    Task<IReadOnlyList<IngestionJobItem>> ClaimAsync(string jobId, string nodeId, int max, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Extends the lease on every pending item <paramref name="nodeId"/> still holds; returns how many.</summary>
    Task<int> RenewAsync(string nodeId, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Lets go of the pending items <paramref name="nodeId"/> holds (a node stopping), so others take them at once.</summary>
    Task<int> ReleaseAsync(string nodeId, CancellationToken cancellationToken);

    /// <summary>Marks the job completed if none of its items is pending; returns whether the job is finished.</summary>
    Task<bool> CompleteIfDoneAsync(string jobId, CancellationToken cancellationToken);

    /// <summary>
    /// Records what became of one item (see <see cref="IngestionItemStatuses"/>) and counts it as done. The first result
    /// stands: a node that finishes an item another node had already finished (its lease ran out while it worked) changes nothing.
    /// </summary>
    Task MarkItemAsync(string jobId, int ordinal, string status, string? contentItemId, string? errorMessage, CancellationToken cancellationToken);

    /// <summary>Marks the job completed, or failed when <paramref name="failed"/>.</summary>
    Task CompleteAsync(string jobId, bool failed, CancellationToken cancellationToken);
}

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

    /// <summary>Marks the job running.</summary>
    Task StartAsync(string jobId, CancellationToken cancellationToken);

    /// <summary>Records what became of one item (see <see cref="IngestionItemStatuses"/>) and counts it as done.</summary>
    Task MarkItemAsync(string jobId, int ordinal, string status, string? contentItemId, string? errorMessage, CancellationToken cancellationToken);

    /// <summary>Marks the job completed, or failed when <paramref name="failed"/>.</summary>
    Task CompleteAsync(string jobId, bool failed, CancellationToken cancellationToken);
}

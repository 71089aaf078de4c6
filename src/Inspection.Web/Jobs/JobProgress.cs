using Inspection.Content.Jobs;

namespace Inspection.Web.Jobs;

/// <summary>An upload job as people follow it: how far it has got and what became of each file (by name only, never a server path).</summary>
public sealed record JobProgress(string Id, string Status, int Total, int Done, DateTime CreatedUtc, IReadOnlyList<JobFile> Files)
{
    public bool Finished => Status is IngestionJobStatuses.Completed or IngestionJobStatuses.Failed;

    public static async Task<JobProgress?> ReadAsync(IIngestionJobStore jobs, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        if (string.IsNullOrWhiteSpace(id) || id.Length > 100)
        {
            return null;
        }

        var job = await jobs.GetAsync(id, cancellationToken);
        if (job is null)
        {
            return null;
        }

        var items = await jobs.ListItemsAsync(id, cancellationToken);
        return new JobProgress(job.Id, job.Status, job.Total, job.Done, job.CreatedUtc, [.. items.Select(i => new JobFile(Path.GetFileName(i.FilePath), i.Status, i.ContentItemId, i.Error))]);
    }
}

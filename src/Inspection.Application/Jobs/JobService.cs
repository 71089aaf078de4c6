using Inspection.Content.Jobs;
using Inspection.Readiness.Access;

namespace Inspection.Application.Jobs;

/// <summary>
/// Upload jobs as a caller follows them. A job and its files' names are seen by the person who uploaded it and by those who
/// may see what it was filed as; the document a file made, or was found to duplicate, is linked only when the caller may
/// see that document, and is otherwise reported as "already held" with no id.
/// </summary>
public sealed class JobService(IIngestionJobStore jobs, AccessPolicy access)
{
    // Jobs the caller may not see are skipped, so more are read than are shown.
    private const int ReadAhead = 10;

    /// <summary>The newest jobs the caller may see, at most <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<JobSummary>> ListAsync(int max, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var recent = await jobs.ListRecentAsync(max * ReadAhead, cancellationToken).ConfigureAwait(false);
        return [.. recent
            .Where(j => AccessPolicy.MaySeeJob(caller, j))
            .Take(max)
            .Select(j => new JobSummary(j.Id, j.CreatedUtc, AccessPolicy.Uploader(j), j.Status, j.Done, j.Total))];
    }

    /// <summary>The job file by file, or null when there is none the caller may see (a refusal is audited; the caller is not told).</summary>
    public async Task<JobProgress?> GetAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (string.IsNullOrWhiteSpace(id) || id.Length > 100)
        {
            return null;
        }

        var job = await jobs.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (job is null)
        {
            return null;
        }

        if (!AccessPolicy.MaySeeJob(caller, job))
        {
            await access.RefusedAsync(caller, "upload job", job.Id, null, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var items = await jobs.ListItemsAsync(job.Id, cancellationToken).ConfigureAwait(false);
        var documents = await access.DocumentsAsync(caller, items.Select(i => i.ContentItemId).OfType<string>(), cancellationToken).ConfigureAwait(false);
        return new JobProgress(job.Id, job.Status, job.Total, job.Done, job.CreatedUtc, AccessPolicy.Uploader(job), [.. items.Select(i => new JobFile(
            Path.GetFileName(i.FilePath),
            i.Status,
            AccessPolicy.VisibleDocument(documents, i.ContentItemId),
            i.Error))]);
    }
}

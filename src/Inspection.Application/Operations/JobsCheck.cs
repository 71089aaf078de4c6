using System.Globalization;
using Inspection.Content.Jobs;

namespace Inspection.Application.Operations;

/// <summary>
/// Unfinished upload jobs: each is noted (a web node or the next <c>ingest</c> resumes it); one whose waiting files
/// are gone from disk can never finish, which is a problem.
/// </summary>
public sealed class JobsCheck(IIngestionJobStore jobs) : IIntegrityCheckSection
{
    public string Name => "jobs";

    public string Title => "Upload jobs: none unfinished, or each able to finish";

    public async Task<CheckSection> RunAsync(IntegrityCheckOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var found = new CheckFindings(options);
        var unfinished = await jobs.ListUnfinishedAsync(cancellationToken).ConfigureAwait(false);
        long waiting = 0;
        foreach (var job in unfinished)
        {
            var items = await jobs.ListItemsAsync(job.Id, cancellationToken).ConfigureAwait(false);
            var pending = items.Where(i => string.Equals(i.Status, IngestionItemStatuses.Pending, StringComparison.Ordinal)).ToList();
            waiting += pending.Count;
            found.Notice("job-unfinished", string.Create(
                CultureInfo.InvariantCulture,
                $"upload job {job.Id} is {job.Status}: {job.Done} of {job.Total} file(s) done, last progress {job.UpdatedUtc:yyyy-MM-dd HH:mm} UTC"));
            foreach (var item in pending.Where(i => !File.Exists(i.FilePath)))
            {
                found.Problem("job-file-missing", $"upload job {job.Id} waits for a file that is gone: {item.FilePath}");
            }
        }

        found.Figure("unfinishedJobs", unfinished.Count);
        found.Figure("filesWaiting", waiting);
        return found.ToSection(Name, Title);
    }
}

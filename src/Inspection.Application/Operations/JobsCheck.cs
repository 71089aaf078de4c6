using System.Globalization;
using Inspection.Content.Jobs;

namespace Inspection.Application.Operations;

/// <summary>
/// Unfinished upload jobs: each is noted (a web node or the next <c>ingest</c> resumes it), and so is a file whose
/// claimant's lease ran out with nobody working on it since (that node died or was stopped); one whose waiting files
/// are gone from disk can never finish, which is a problem.
/// </summary>
public sealed class JobsCheck(IIngestionJobStore jobs, TimeProvider time) : IIntegrityCheckSection
{
    public string Name => "jobs";

    public string Title => "Upload jobs: none unfinished, or each able to finish";

    public async Task<CheckSection> RunAsync(IntegrityCheckOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var found = new CheckFindings(options);
        var unfinished = await jobs.ListUnfinishedAsync(cancellationToken).ConfigureAwait(false);
        long waiting = 0;
        long abandoned = 0;
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var job in unfinished)
        {
            var items = await jobs.ListItemsAsync(job.Id, cancellationToken).ConfigureAwait(false);
            var pending = items.Where(i => string.Equals(i.Status, IngestionItemStatuses.Pending, StringComparison.Ordinal)).ToList();
            waiting += pending.Count;
            found.Notice("job-unfinished", string.Create(
                CultureInfo.InvariantCulture,
                $"upload job {job.Id} is {job.Status}: {job.Done} of {job.Total} file(s) done, last progress {job.UpdatedUtc:yyyy-MM-dd HH:mm} UTC"));
            var lapsed = pending.Where(i => i.ClaimedBy is not null && i.LeaseUntilUtc < now).ToList();
            abandoned += lapsed.Count;
            foreach (var node in lapsed.GroupBy(i => i.ClaimedBy!, StringComparer.Ordinal))
            {
                found.Notice("job-lease-expired", string.Create(
                    CultureInfo.InvariantCulture,
                    $"upload job {job.Id}: {node.Count()} file(s) claimed by node {node.Key}, whose lease ran out at {node.Max(i => i.LeaseUntilUtc):yyyy-MM-dd HH:mm:ss} UTC with nobody working on them since; a running web node or the next ingest takes them over"));
            }

            foreach (var item in pending.Where(i => !File.Exists(i.FilePath)))
            {
                found.Problem("job-file-missing", $"upload job {job.Id} waits for a file that is gone: {item.FilePath}");
            }
        }

        found.Figure("unfinishedJobs", unfinished.Count);
        found.Figure("filesWaiting", waiting);
        found.Figure("filesWithLapsedClaims", abandoned);
        return found.ToSection(Name, Title);
    }
}

using Inspection.Content.Evidence;
using Inspection.Content.Jobs;
using Inspection.Content.Model;
using Inspection.Content.Store;
using Inspection.Readiness.Access;
using Inspection.Readiness.Authority;

namespace Inspection.Application.Jobs;

/// <summary>
/// Upload jobs as a caller follows them. A job and its files' names are seen by the person who uploaded it and by those who
/// may see what it was filed as; the document a file made, or was found to duplicate, is linked only when the caller may
/// see that document, and is otherwise reported as "already held" with no id.
/// </summary>
public sealed class JobService(IIngestionJobStore jobs, AccessPolicy access, IContentStore store, IEvidenceStore evidence, OurAuthority authority, Content.Definitions.IEvidenceTypeCatalog types, JobHolds holds)
{
    // The kind a document is filed as when the reading could not place it.
    private const string UnplacedKind = "Other";

    // The list of uploads names a job's first files; its own page lists them all.
    private const int MaxNamesListed = 3;

    // Jobs the caller may not see are skipped, so more are read than are shown.
    private const int ReadAhead = 10;

    /// <summary>The newest jobs the caller may see, at most <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<JobSummary>> ListAsync(int max, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var recent = await jobs.ListRecentAsync(max * ReadAhead, cancellationToken).ConfigureAwait(false);
        var visible = recent.Where(j => AccessPolicy.MaySeeJob(caller, j)).Take(max).ToList();
        var items = (await jobs.ListItemsAsync([.. visible.Select(j => j.Id)], cancellationToken).ConfigureAwait(false))
            .ToLookup(i => i.JobId, StringComparer.Ordinal);
        return [.. visible.Select(j => Summary(j, items[j.Id]))];
    }

    // "Finished" alone read the same for an upload whose every file was refused: say how each went.
    private static JobSummary Summary(IngestionJob job, IEnumerable<IngestionJobItem> items)
    {
        var files = items.ToList();
        int Count(string status) => files.Count(i => string.Equals(i.Status, status, StringComparison.Ordinal));
        return new JobSummary(job.Id, job.CreatedUtc, AccessPolicy.Uploader(job), job.Status, job.Done, job.Total)
        {
            FileNames = [.. files.Take(MaxNamesListed).Select(i => Path.GetFileName(i.FilePath))],
            Added = Count(IngestionItemStatuses.Created),
            AlreadyHeld = Count(IngestionItemStatuses.Duplicate),
            NotAdded = Count(IngestionItemStatuses.Rejected),
        };
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
        var scope = await authority.ScopeAsync(cancellationToken).ConfigureAwait(false);
        var files = new List<JobFile>(items.Count);
        foreach (var item in items)
        {
            var file = new JobFile(Path.GetFileName(item.FilePath), item.Status, AccessPolicy.VisibleDocument(documents, item.ContentItemId), item.Error);
            files.Add(file.DocumentId is null ? file : await RecognisedAsync(file, file.DocumentId, scope, cancellationToken).ConfigureAwait(false));
        }

        var progress = new JobProgress(job.Id, job.Status, job.Total, job.Done, job.CreatedUtc, AccessPolicy.Uploader(job), files);
        return progress.Finished ? progress : progress with { Held = holds.For(job.Id) };
    }

    // What the reading made of a file, from the document it made (or duplicated), which the caller may see.
    private async Task<JobFile> RecognisedAsync(JobFile file, string documentId, AuthorityScope scope, CancellationToken cancellationToken)
    {
        var item = await store.GetAsync(documentId, VersionOptions.Latest, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return file;
        }

        var summary = DocumentSummary.From(item);
        var findings = (await evidence.ListFindingsAsync(documentId, cancellationToken).ConfigureAwait(false)).Count;
        var warnings = new List<string>();
        if (string.Equals(summary.Type, UnplacedKind, StringComparison.Ordinal))
        {
            warnings.Add("Its kind was not recognised: it was filed as Other.");
        }

        if (summary.Date is null)
        {
            warnings.Add("No date was recognised: it counts as undated evidence until one is set.");
        }

        if (string.IsNullOrWhiteSpace(summary.Organisation))
        {
            warnings.Add("No organisation was recognised: it counts as ours.");
        }
        else if (!scope.IsOurs(summary.Organisation))
        {
            warnings.Add($"It is about {summary.Organisation}, not {scope.Authority}: it is kept as a peer's, apart from our findings, gaps, briefings and packs.");
        }

        if (EvidencePart.GetText(item, EvidencePart.OcrNote) is { Length: > 0 } ocr)
        {
            warnings.Add(ocr);
        }

        return file with
        {
            Kind = summary.Type,
            KindName = (await types.ListAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(t => string.Equals(t.Name, summary.Type, StringComparison.Ordinal))?.DisplayName ?? summary.Type,
            Date = summary.Date,
            Organisation = summary.Organisation,
            Findings = findings,
            Warnings = warnings,
        };
    }
}

using Inspection.Content.Model;
using Inspection.Content.Persistence;
using Inspection.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Content.Jobs;

/// <summary>Ingestion jobs in the store's <c>IngestionJobs</c> and <c>IngestionJobItems</c> tables.</summary>
public sealed class IngestionJobStore(InspectionDbContext db, StoreUnitOfWork unitOfWork) : IIngestionJobStore
{
    public Task<IngestionJob> CreateAsync(IReadOnlyList<string> filePaths, string optionsJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filePaths);
        ArgumentNullException.ThrowIfNull(optionsJson);
        return unitOfWork.RunAsync(
            async ct =>
            {
                var now = unitOfWork.UtcNow();
                var job = new IngestionJobRecord
                {
                    Id = ContentIds.New(),
                    CreatedUtc = now,
                    UpdatedUtc = now,
                    Status = IngestionJobStatuses.Queued,
                    Total = filePaths.Count,
                    Json = optionsJson,
                };
                db.IngestionJobs.Add(job);
                db.IngestionJobItems.AddRange(filePaths.Select((path, i) => new IngestionJobItemRecord
                {
                    JobId = job.Id,
                    Ordinal = i,
                    FilePath = path,
                    Status = IngestionItemStatuses.Pending,
                }));
                await db.SaveChangesAsync(ct);
                return ToJob(job);
            },
            cancellationToken);
    }

    public async Task<IngestionJob?> GetAsync(string jobId, CancellationToken cancellationToken)
    {
        var job = await db.IngestionJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        return job is null ? null : ToJob(job);
    }

    public async Task<IReadOnlyList<IngestionJob>> ListUnfinishedAsync(CancellationToken cancellationToken)
    {
        var jobs = await db.IngestionJobs.AsNoTracking()
            .Where(j => j.Status == IngestionJobStatuses.Queued || j.Status == IngestionJobStatuses.Running)
            .OrderBy(j => j.CreatedUtc)
            .ThenBy(j => j.Id)
            .ToListAsync(cancellationToken);
        return [.. jobs.Select(ToJob)];
    }

    public async Task<IReadOnlyList<IngestionJob>> ListRecentAsync(int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var jobs = await db.IngestionJobs.AsNoTracking()
            .OrderByDescending(j => j.CreatedUtc)
            .ThenByDescending(j => j.Id)
            .Take(max)
            .ToListAsync(cancellationToken);
        return [.. jobs.Select(ToJob)];
    }

    public async Task<IReadOnlyList<IngestionJobItem>> ListItemsAsync(string jobId, CancellationToken cancellationToken)
    {
        var items = await db.IngestionJobItems.AsNoTracking()
            .Where(i => i.JobId == jobId)
            .OrderBy(i => i.Ordinal)
            .ToListAsync(cancellationToken);
        return [.. items.Select(ToItem)];
    }

    public async Task<IReadOnlyList<IngestionJobItem>> ListItemsAsync(IReadOnlyCollection<string> jobIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobIds);
        if (jobIds.Count == 0)
        {
            return [];
        }

        var ids = jobIds.ToList();
        var items = await db.IngestionJobItems.AsNoTracking()
            .Where(i => ids.Contains(i.JobId))
            .OrderBy(i => i.JobId)
            .ThenBy(i => i.Ordinal)
            .ToListAsync(cancellationToken);
        return [.. items.Select(ToItem)];
    }

    public Task StartAsync(string jobId, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(
            async ct =>
            {
                var job = await FindJobAsync(jobId, ct);
                job.Status = IngestionJobStatuses.Running;
                job.UpdatedUtc = unitOfWork.UtcNow();
                await db.SaveChangesAsync(ct);
            },
            cancellationToken);

    public Task MarkItemAsync(string jobId, int ordinal, string status, string? contentItemId, string? errorMessage, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(status);
        return unitOfWork.RunAsync(
            async ct =>
            {
                var job = await FindJobAsync(jobId, ct);
                var item = await db.IngestionJobItems.FirstOrDefaultAsync(i => i.JobId == jobId && i.Ordinal == ordinal, ct)
                    ?? throw new KeyNotFoundException($"Ingestion job {jobId} has no item {ordinal}.");
                // A resumed job, or a node whose lease ran out while it worked, may mark an item again: the first result stands.
                if (item.Status != IngestionItemStatuses.Pending)
                {
                    return;
                }

                if (status != IngestionItemStatuses.Pending)
                {
                    job.Done++;
                    item.LeaseUntilUtc = null;
                }

                item.Status = status;
                item.ContentItemId = contentItemId;
                item.Error = errorMessage;
                job.UpdatedUtc = unitOfWork.UtcNow();
                await db.SaveChangesAsync(ct);
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<IngestionJobItem>> ClaimAsync(string jobId, string nodeId, int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        ArgumentException.ThrowIfNullOrEmpty(nodeId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var now = unitOfWork.UtcNow();
        var until = now + lease;
        var claimed = new List<int>(max);
        while (claimed.Count < max)
        {
            var candidates = await Claimable(jobId, now)
                .OrderBy(i => i.Ordinal)
                .Select(i => i.Ordinal)
                .Take(max - claimed.Count)
                .ToListAsync(cancellationToken);
            if (candidates.Count == 0)
            {
                break;
            }

            // One conditional update per item, checked by rows affected: of several nodes reading the same candidates,
            // only the first update still finds the item claimable. It works alike on SQLite and PostgreSQL.
            foreach (var ordinal in candidates)
            {
                var rows = await Claimable(jobId, now)
                    .Where(i => i.Ordinal == ordinal)
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(i => i.ClaimedBy, nodeId)
                            .SetProperty(i => i.LeaseUntilUtc, until)
                            .SetProperty(i => i.Attempts, i => i.Attempts + 1),
                        cancellationToken);
                if (rows == 1)
                {
                    claimed.Add(ordinal);
                }
            }
        }

        if (claimed.Count == 0)
        {
            return [];
        }

        await db.IngestionJobs
            .Where(j => j.Id == jobId && j.Status == IngestionJobStatuses.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, IngestionJobStatuses.Running).SetProperty(j => j.UpdatedUtc, now), cancellationToken);
        var items = await db.IngestionJobItems.AsNoTracking()
            .Where(i => i.JobId == jobId && claimed.Contains(i.Ordinal))
            .OrderBy(i => i.Ordinal)
            .ToListAsync(cancellationToken);
        return [.. items.Select(ToItem)];
    }

    public Task<int> RenewAsync(string nodeId, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(nodeId);
        var until = unitOfWork.UtcNow() + lease;
        return db.IngestionJobItems
            .Where(i => i.ClaimedBy == nodeId && i.Status == IngestionItemStatuses.Pending && i.LeaseUntilUtc != null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LeaseUntilUtc, until), cancellationToken);
    }

    public Task<int> ReleaseAsync(string nodeId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(nodeId);
        return db.IngestionJobItems
            .Where(i => i.ClaimedBy == nodeId && i.Status == IngestionItemStatuses.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ClaimedBy, (string?)null).SetProperty(i => i.LeaseUntilUtc, (DateTime?)null), cancellationToken);
    }

    public async Task<bool> CompleteIfDoneAsync(string jobId, CancellationToken cancellationToken)
    {
        if (await db.IngestionJobItems.AnyAsync(i => i.JobId == jobId && i.Status == IngestionItemStatuses.Pending, cancellationToken))
        {
            return false;
        }

        // Several nodes may finish the job's last items together; whichever gets here first completes it.
        var now = unitOfWork.UtcNow();
        await db.IngestionJobs
            .Where(j => j.Id == jobId && (j.Status == IngestionJobStatuses.Queued || j.Status == IngestionJobStatuses.Running))
            .ExecuteUpdateAsync(
                s => s.SetProperty(j => j.Status, IngestionJobStatuses.Completed).SetProperty(j => j.UpdatedUtc, now),
                cancellationToken);
        return true;
    }

    public Task CompleteAsync(string jobId, bool failed, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(
            async ct =>
            {
                var job = await FindJobAsync(jobId, ct);
                job.Status = failed ? IngestionJobStatuses.Failed : IngestionJobStatuses.Completed;
                job.UpdatedUtc = unitOfWork.UtcNow();
                await db.SaveChangesAsync(ct);
            },
            cancellationToken);

    private async Task<IngestionJobRecord> FindJobAsync(string jobId, CancellationToken cancellationToken) =>
        await db.IngestionJobs.FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken)
            ?? throw new KeyNotFoundException($"Ingestion job {jobId} does not exist.");

    // Pending, and held by nobody or by a node whose lease has run out.
    private IQueryable<IngestionJobItemRecord> Claimable(string jobId, DateTime now) =>
        db.IngestionJobItems.Where(i =>
            i.JobId == jobId
            && i.Status == IngestionItemStatuses.Pending
            && (i.ClaimedBy == null || i.LeaseUntilUtc == null || i.LeaseUntilUtc < now));

    private static IngestionJobItem ToItem(IngestionJobItemRecord i) =>
        new(i.JobId, i.Ordinal, i.FilePath, i.Status, i.ContentItemId, i.Error, i.ClaimedBy, i.LeaseUntilUtc, i.Attempts);

    private static IngestionJob ToJob(IngestionJobRecord job) =>
        new(job.Id, job.CreatedUtc, job.UpdatedUtc, job.Status, job.Total, job.Done, job.Json);
}

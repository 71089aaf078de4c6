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
        return [.. items.Select(i => new IngestionJobItem(i.JobId, i.Ordinal, i.FilePath, i.Status, i.ContentItemId, i.Error))];
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
                // A resumed job may mark an item twice; count it once.
                if (item.Status == IngestionItemStatuses.Pending && status != IngestionItemStatuses.Pending)
                {
                    job.Done++;
                }

                item.Status = status;
                item.ContentItemId = contentItemId;
                item.Error = errorMessage;
                job.UpdatedUtc = unitOfWork.UtcNow();
                await db.SaveChangesAsync(ct);
            },
            cancellationToken);
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

    private static IngestionJob ToJob(IngestionJobRecord job) =>
        new(job.Id, job.CreatedUtc, job.UpdatedUtc, job.Status, job.Total, job.Done, job.Json);
}

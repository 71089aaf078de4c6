using System.Diagnostics;
using System.Text.Json;
using Inspection.Content.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Ingestion.Pipeline;

/// <summary>
/// Runs batches as persisted jobs: the file list is saved before work starts and each file's result as it ends,
/// so a crash or restart resumes with the files still pending. Each file gets its own service scope (its own DbContext).
/// </summary>
public sealed class IngestionJobRunner(IServiceScopeFactory scopes)
{
    /// <summary>Saves a job for <paramref name="filePaths"/> (already expanded to files) and runs it.</summary>
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

        return await RunJobAsync(job.Id, settings, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Finishes every job a previous run left unfinished; returns the outcomes of the files it processed now.</summary>
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
            outcomes.AddRange(await RunJobAsync(job.Id, settings, progress, cancellationToken).ConfigureAwait(false));
        }

        return outcomes;
    }

    private async Task<IReadOnlyList<IngestOutcome>> RunJobAsync(string jobId, IngestSettings settings, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        IReadOnlyList<IngestionJobItem> items;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var jobs = scope.ServiceProvider.GetRequiredService<IIngestionJobStore>();
            await jobs.StartAsync(jobId, cancellationToken).ConfigureAwait(false);
            items = await jobs.ListItemsAsync(jobId, cancellationToken).ConfigureAwait(false);
        }

        var pending = items.Where(i => i.Status == IngestionItemStatuses.Pending).ToList();
        var outcomes = new List<IngestOutcome>(pending.Count);
        var clock = Stopwatch.StartNew();
        var pages = 0;
        foreach (var item in pending)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<IEvidenceIngester>()
                .IngestAsync(item.FilePath, settings, cancellationToken).ConfigureAwait(false);
            await scope.ServiceProvider.GetRequiredService<IIngestionJobStore>()
                .MarkItemAsync(jobId, item.Ordinal, outcome.Status, outcome.DocumentId, outcome.Error, cancellationToken).ConfigureAwait(false);
            outcomes.Add(outcome);
            pages += outcome.Pages;
            progress?.Report(new IngestProgress(outcomes.Count, pending.Count, pages, clock.Elapsed, outcome));
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IIngestionJobStore>()
                .CompleteAsync(jobId, failed: false, cancellationToken).ConfigureAwait(false);
        }

        return outcomes;
    }
}

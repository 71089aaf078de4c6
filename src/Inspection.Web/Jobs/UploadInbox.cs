using System.Text.Json;
using Inspection.Content.Jobs;
using Inspection.Content.Store;
using Inspection.Ingestion.Pipeline;
using Inspection.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Inspection.Web.Jobs;

/// <summary>
/// Where uploaded files wait for ingestion (<c>{data}/uploads/{batch}/{n}/{name}</c>): each file is written and flushed
/// to disk before its job is saved, so an upload the page accepted survives a crash. A batch's folder is removed once
/// its job has finished (the originals are then in the blob store).
/// </summary>
public sealed class UploadInbox(IOptions<StoreOptions> store, IServiceScopeFactory scopes, IngestionSignal queue, TimeProvider time, ILogger<UploadInbox> logger)
{
    private const string JobMarker = "job.id";
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    public string Root => Path.Combine(store.Value.DataDirectory, "uploads");

    /// <summary>Saves the files, then the job that will ingest them, and wakes the worker; returns the job id.</summary>
    public async Task<string> AcceptAsync(IReadOnlyList<UploadedFile> files, IngestSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(settings);
        if (files.Count == 0)
        {
            throw new ArgumentException("choose at least one file", nameof(files));
        }

        var batch = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        var paths = new List<string>(files.Count);
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                var folder = Path.Combine(batch, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                Directory.CreateDirectory(folder);
                var path = Path.Combine(folder, SafeFileName(files[i].FileName));
                var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
                await using (stream)
                {
                    await using var source = files[i].Open();
                    await source.CopyToAsync(stream, cancellationToken);
                    stream.Flush(flushToDisk: true);
                }

                paths.Add(path);
            }

            IngestionJob job;
            await using (var scope = scopes.CreateAsyncScope())
            {
                job = await scope.ServiceProvider.GetRequiredService<IIngestionJobStore>()
                    .CreateAsync(paths, JsonSerializer.Serialize(settings), cancellationToken);
            }

            await File.WriteAllTextAsync(Path.Combine(batch, JobMarker), job.Id, cancellationToken);
            WebLog.UploadQueued(logger, settings.UserName, job.Id, files.Count);
            queue.Wake();
            return job.Id;
        }
        catch
        {
            // Not accepted: leave nothing behind.
            DeleteQuietly(batch);
            throw;
        }
    }

    /// <summary>Removes the folders of finished jobs, and of uploads abandoned before their job was saved.</summary>
    public async Task RemoveFinishedAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetRequiredService<IIngestionJobStore>();
        foreach (var batch in Directory.EnumerateDirectories(Root))
        {
            var marker = Path.Combine(batch, JobMarker);
            if (!File.Exists(marker))
            {
                if (time.GetUtcNow().UtcDateTime - Directory.GetCreationTimeUtc(batch) > AbandonedAfter)
                {
                    DeleteQuietly(batch);
                }

                continue;
            }

            var job = await jobs.GetAsync((await File.ReadAllTextAsync(marker, cancellationToken)).Trim(), cancellationToken);
            if (job is null || job.Status is IngestionJobStatuses.Completed or IngestionJobStatuses.Failed)
            {
                DeleteQuietly(batch);
            }
        }
    }

    /// <summary>The name's last segment with characters no file system takes replaced; never empty, never a path.</summary>
    public static string SafeFileName(string? name)
    {
        var last = Path.GetFileName((name ?? "").Replace('\\', '/').TrimEnd('/'));
        var invalid = Path.GetInvalidFileNameChars();
        var chars = last.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray();
        var safe = new string(chars).Trim().TrimStart('.');
        if (safe.Length > 200)
        {
            safe = safe[^200..];
        }

        return safe.Length == 0 ? "upload" : safe;
    }

    private void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException e)
        {
            WebLog.UploadCleanupFailed(logger, folder, e);
        }
        catch (UnauthorizedAccessException e)
        {
            WebLog.UploadCleanupFailed(logger, folder, e);
        }
    }
}

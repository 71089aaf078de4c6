using Inspection.Content.Blobs;
using Inspection.Content.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inspection.Content.Store;

/// <summary>Creates the data folder layout and applies the provider's migrations.</summary>
public sealed class StoreInitializer(
    InspectionDbContext db,
    IOptions<StoreOptions> options,
    IBlobStore blobStore,
    ILogger<StoreInitializer> logger) : IStoreInitializer
{
    // Older than any upload can take, so a temp file another live process is still writing is left alone.
    private static readonly TimeSpan StaleTempAge = TimeSpan.FromDays(1);

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        OwnerOnly.CreateDirectory(settings.DataDirectory);
        OwnerOnly.CreateDirectory(settings.BlobDirectory);
        OwnerOnly.CreateDirectory(settings.IndexDirectory);

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite() && db.Database.GetDbConnection().DataSource is { Length: > 0 } file)
        {
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                OwnerOnly.RestrictFile(path);
            }
        }

        LogMessages.StoreReady(logger, settings.Provider, pending.Count, settings.DataDirectory);

        if (blobStore is FileSystemBlobStore fileBlobs)
        {
            var removed = fileBlobs.DeleteStaleTempFiles(StaleTempAge);
            if (removed > 0)
            {
                LogMessages.StaleTempFilesDeleted(logger, removed);
            }
        }
    }
}

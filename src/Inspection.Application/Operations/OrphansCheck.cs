using Inspection.Content.Integrity;

namespace Inspection.Application.Operations;

/// <summary>Blobs without items: files in <c>blobs/</c> that no version names, or that are not where a blob belongs.</summary>
public sealed class OrphansCheck(StoreInventory inventory, TimeProvider time) : IIntegrityCheckSection
{
    // As the store's start-up clean-up: younger temp files may be uploads in progress.
    private static readonly TimeSpan StaleTemp = TimeSpan.FromDays(1);

    public string Name => "orphans";

    public string Title => "Blobs without items: every file in blobs/ is the original of some item";

    public async Task<CheckSection> RunAsync(IntegrityCheckOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var found = new CheckFindings(options);
        var recorded = (await inventory.OriginalsAsync(cancellationToken).ConfigureAwait(false)).Select(o => o.Sha256).ToHashSet(StringComparer.Ordinal);
        var files = inventory.BlobFiles();
        long orphans = 0;
        foreach (var file in files)
        {
            if (file.Sha256 is null)
            {
                orphans++;
                found.Problem("stray-file", $"blobs/{file.RelativePath} is not where an original belongs (blobs/ab/cd/<sha256>)");
            }
            else if (!recorded.Contains(file.Sha256))
            {
                orphans++;
                found.Problem("orphan", $"blobs/{file.RelativePath} ({file.Bytes} bytes) is the original of no item (left by a purge, or put there by hand)");
            }
        }

        var cutoff = time.GetUtcNow().UtcDateTime - StaleTemp;
        var stale = inventory.TempFiles().Where(f => f.LastWriteUtc < cutoff).ToList();
        foreach (var temp in stale)
        {
            found.Notice("stale-temp", $"blobs/{temp.RelativePath} is an unfinished write older than a day (the next start removes it)");
        }

        found.Figure("files", files.Count);
        found.Figure("orphans", orphans);
        found.Figure("staleTempFiles", stale.Count);
        return found.ToSection(Name, Title);
    }
}

using Inspection.Content.Archive;
using Inspection.Content.Integrity;

namespace Inspection.Application.Operations;

/// <summary>Store against blobs: every original a version names is in <c>blobs/</c>, and its contents still have that SHA-256.</summary>
public sealed class OriginalsCheck(StoreInventory inventory) : IIntegrityCheckSection
{
    public string Name => "originals";

    public string Title => "Originals: every version's file is in blobs/ with the hash the store recorded";

    public async Task<CheckSection> RunAsync(IntegrityCheckOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var found = new CheckFindings(options);
        var originals = await inventory.OriginalsAsync(cancellationToken).ConfigureAwait(false);
        var files = inventory.BlobFiles().Where(f => f.Sha256 is not null).ToDictionary(f => f.Sha256!, StringComparer.Ordinal);
        long hashed = 0;
        foreach (var original in originals)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var items = string.Join(", ", original.ContentItemIds);
            if (!ArchiveFormat.IsSha256(original.Sha256))
            {
                found.Problem("original-bad-hash", $"item {items} records '{original.Sha256}' as its original, which is not a SHA-256");
            }
            else if (!files.TryGetValue(original.Sha256, out var file))
            {
                found.Problem("original-missing", $"the original of item {items} is missing: blobs/{ArchiveFormat.BlobRelativePath(original.Sha256)}");
            }
            else if (options.HashOriginals)
            {
                var actual = await inventory.HashAsync(file, cancellationToken).ConfigureAwait(false);
                hashed++;
                if (!string.Equals(actual, original.Sha256, StringComparison.Ordinal))
                {
                    found.Problem("original-changed", $"the original of item {items} has changed: blobs/{file.RelativePath} now has SHA-256 {actual}");
                }
            }
        }

        found.Figure("originals", originals.Count);
        found.Figure("hashed", hashed);
        if (!options.HashOriginals)
        {
            found.Notice("not-hashed", "contents were not compared with their hashes (--quick)");
        }

        return found.ToSection(Name, Title);
    }
}

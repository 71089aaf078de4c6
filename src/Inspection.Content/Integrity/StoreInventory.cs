using System.Security.Cryptography;
using Inspection.Content.Archive;
using Inspection.Content.Evidence;
using Inspection.Content.Persistence;
using Inspection.Content.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inspection.Content.Integrity;

/// <summary>
/// What an integrity check needs to know of the store and its blobs, read straight from the tables and the folder:
/// which originals the versions name, what the index should hold, and the files actually under <c>blobs/</c>.
/// </summary>
public sealed class StoreInventory(InspectionDbContext db, IOptions<StoreOptions> options)
{
    private const string TempFolder = ".tmp";

    public string BlobDirectory => options.Value.BlobDirectory;

    /// <summary>Every hash any version names (deleted items too: their originals stay until purged), by hash.</summary>
    public async Task<IReadOnlyList<StoredOriginal>> OriginalsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.ContentItems.AsNoTracking()
            .Where(c => c.SourceHash != null)
            .Select(c => new { c.SourceHash, c.ContentItemId })
            .Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows
            .GroupBy(r => r.SourceHash!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new StoredOriginal(g.Key, [.. g.Select(r => r.ContentItemId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))];
    }

    /// <summary>
    /// What the search index should hold, as the indexer decides it: each published evidence item that is not deleted and
    /// whose published version has passages, with their count. A version without passages of its own reads those of the
    /// nearest earlier version that has some (an edit of the fields keeps the text), as <see cref="IEvidenceStore.ListPassagesAsync"/> does.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, int>> IndexableDocumentsAsync(CancellationToken cancellationToken) =>
        new SortedDictionary<string, int>(
            (await PassageSourcesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Key, s => s.Value.Passages, StringComparer.Ordinal),
            StringComparer.Ordinal);

    /// <summary>Up to <paramref name="max"/> passage ids the index should hold, spread evenly over them by id (the same ones each time).</summary>
    public async Task<IReadOnlyList<string>> SamplePassageIdsAsync(int max, CancellationToken cancellationToken)
    {
        var sources = (await PassageSourcesAsync(cancellationToken).ConfigureAwait(false)).Values.Select(s => s.VersionId).ToHashSet(StringComparer.Ordinal);
        var ids = (await db.Passages.AsNoTracking()
                .Select(p => new { p.PassageId, p.ContentItemVersionId })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(p => sources.Contains(p.ContentItemVersionId))
            .Select(p => p.PassageId)
            .Order(StringComparer.Ordinal)
            .ToList();
        var step = Math.Max(1, ids.Count / Math.Max(1, max));
        return [.. ids.Where((_, i) => i % step == 0).Take(max)];
    }

    /// <summary>Those of <paramref name="passageIds"/> that the index should hold (passages of published, not deleted evidence).</summary>
    public async Task<IReadOnlySet<string>> PublishedPassagesAsync(IReadOnlyCollection<string> passageIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(passageIds);
        var sources = (await PassageSourcesAsync(cancellationToken).ConfigureAwait(false)).Values.Select(s => s.VersionId).ToHashSet(StringComparer.Ordinal);
        var ids = passageIds.ToList();
        var found = await db.Passages.AsNoTracking()
            .Where(p => ids.Contains(p.PassageId))
            .Select(p => new { p.PassageId, p.ContentItemVersionId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return found.Where(p => sources.Contains(p.ContentItemVersionId)).Select(p => p.PassageId).ToHashSet(StringComparer.Ordinal);
    }

    // For each indexable item: the version whose passages its published version reads, and how many there are.
    private async Task<Dictionary<string, (string VersionId, int Passages)>> PassageSourcesAsync(CancellationToken cancellationToken)
    {
        var published = await db.ContentItems.AsNoTracking()
            .Where(c => c.Published && !c.Deleted)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var evidence = published.Where(r => EvidencePart.IsEvidence(ContentItemMapper.ToItem(r))).ToDictionary(r => r.ContentItemId, StringComparer.Ordinal);
        var counts = (await db.Passages.AsNoTracking()
                .GroupBy(p => p.ContentItemVersionId)
                .Select(g => new { VersionId = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(c => c.VersionId, c => c.Count, StringComparer.Ordinal);
        var versions = (await db.ContentItems.AsNoTracking()
                .Where(c => !c.Deleted)
                .Select(c => new { c.Id, c.ContentItemId, c.ContentItemVersionId })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(v => evidence.ContainsKey(v.ContentItemId))
            .GroupBy(v => v.ContentItemId, StringComparer.Ordinal);
        var sources = new Dictionary<string, (string VersionId, int Passages)>(StringComparer.Ordinal);
        foreach (var item in versions)
        {
            var publishedId = evidence[item.Key].Id;
            var source = item.Where(v => v.Id <= publishedId && counts.ContainsKey(v.ContentItemVersionId)).MaxBy(v => v.Id);
            if (source is not null && counts[source.ContentItemVersionId] > 0)
            {
                sources[item.Key] = (source.ContentItemVersionId, counts[source.ContentItemVersionId]);
            }
        }

        return sources;
    }

    /// <summary>Items none of whose versions is marked latest (the store allows at most one; a working item has exactly one).</summary>
    public async Task<IReadOnlyList<string>> ItemsWithoutLatestAsync(CancellationToken cancellationToken)
    {
        var withLatest = db.ContentItems.Where(c => c.Latest).Select(c => c.ContentItemId);
        return [.. (await db.ContentItems.AsNoTracking()
                .Where(c => !withLatest.Contains(c.ContentItemId))
                .Select(c => c.ContentItemId)
                .Distinct()
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Passages whose version the store does not hold (left behind by a failed purge, say).</summary>
    public async Task<int> PassagesWithoutVersionAsync(CancellationToken cancellationToken)
    {
        var versions = db.ContentItems.Select(c => c.ContentItemVersionId);
        return await db.Passages.CountAsync(p => !versions.Contains(p.ContentItemVersionId), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every file under <c>blobs/</c> but its temp folder, by path; <see cref="BlobFile.Sha256"/> is set only for a file where a blob belongs.</summary>
    public IReadOnlyList<BlobFile> BlobFiles() => Files(excludeTemp: true);

    /// <summary>Files in <c>blobs/.tmp</c>: writes in progress, or left by a process that died mid-write.</summary>
    public IReadOnlyList<BlobFile> TempFiles()
    {
        var temp = Path.Combine(BlobDirectory, TempFolder);
        return Directory.Exists(temp)
            ? [.. new DirectoryInfo(temp).EnumerateFiles().Select(f => new BlobFile(TempFolder + "/" + f.Name, null, f.Length, f.LastWriteTimeUtc)).OrderBy(f => f.RelativePath, StringComparer.Ordinal)]
            : [];
    }

    /// <summary>The SHA-256 of a blob file's contents, read in full.</summary>
    public async Task<string> HashAsync(BlobFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var path = Path.Combine(BlobDirectory, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
        }
    }

    private List<BlobFile> Files(bool excludeTemp)
    {
        if (!Directory.Exists(BlobDirectory))
        {
            return [];
        }

        var root = new DirectoryInfo(BlobDirectory);
        var files = new List<BlobFile>();
        foreach (var file in root.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root.FullName, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
            if (excludeTemp && relative.StartsWith(TempFolder + "/", StringComparison.Ordinal))
            {
                continue;
            }

            var name = file.Name;
            var placed = ArchiveFormat.IsSha256(name) && string.Equals(relative, ArchiveFormat.BlobRelativePath(name), StringComparison.Ordinal);
            files.Add(new BlobFile(relative, placed ? name : null, file.Length, file.LastWriteTimeUtc));
        }

        return [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }
}

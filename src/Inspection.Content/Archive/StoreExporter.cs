using System.Data;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inspection.Content.Definitions;
using Inspection.Content.Model;
using Inspection.Content.Persistence;
using Inspection.Content.Recipes;
using Inspection.Content.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inspection.Content.Archive;

/// <summary>
/// Writes the whole store to a folder (see <see cref="ArchiveFormat"/>): content definitions and roles as an Orchard
/// recipe, every item with all its versions in Orchard's JSON with its passages and findings, the originals, users,
/// the audit log and saved searches. Read in one snapshot; the outbox, upload jobs and everything derived (index,
/// vectors, theme results) are left out, since an import rebuilds them.
/// </summary>
public sealed class StoreExporter(
    InspectionDbContext db,
    IContentDefinitionStore definitions,
    IRoleStore roles,
    IOptions<StoreOptions> options,
    ILogger<StoreExporter> logger)
{
    private const int AuditBatch = 5_000;

    public async Task<ArchiveManifest> ExportAsync(string directory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var root = Path.GetFullPath(directory);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            throw new ArchiveException($"{root}: the export folder must be new or empty");
        }

        Directory.CreateDirectory(root);
        var folder = new ArchiveFolder(root);
        try
        {
            var manifest = await WriteSnapshotAsync(folder, cancellationToken).ConfigureAwait(false);
            LogMessages.StoreExported(logger, root, manifest.Counts[ArchiveCounts.Items], manifest.Counts[ArchiveCounts.Originals]);
            return manifest;
        }
        catch
        {
            // A half-written export must not pass for a backup; the folder was empty, so all of it is ours.
            foreach (var entry in Directory.EnumerateFileSystemEntries(root))
            {
                if (Directory.Exists(entry))
                {
                    Directory.Delete(entry, recursive: true);
                }
                else
                {
                    File.Delete(entry);
                }
            }

            throw;
        }
    }

    private async Task<ArchiveManifest> WriteSnapshotAsync(ArchiveFolder folder, CancellationToken cancellationToken)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = await BeginSnapshotAsync(cancellationToken).ConfigureAwait(false);
            await WriteDefinitionsAsync(folder, counts, cancellationToken).ConfigureAwait(false);
            var hashes = await WriteItemsAsync(folder, counts, cancellationToken).ConfigureAwait(false);
            await WriteUsersAsync(folder, counts, cancellationToken).ConfigureAwait(false);
            await WriteAuditLogAsync(folder, counts, cancellationToken).ConfigureAwait(false);
            await WriteSavedSearchesAsync(folder, counts, cancellationToken).ConfigureAwait(false);
            await CopyOriginalsAsync(folder, hashes, counts, cancellationToken).ConfigureAwait(false);
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }

        var manifest = new ArchiveManifest(ArchiveFormat.Name, ArchiveFormat.Version, counts, folder.Entries);
        var json = JsonSerializer.Serialize(manifest, ArchiveFormat.Indented) + "\n";
        // Last, and whole or not at all: a folder without it is an export that did not finish, and import says so.
        await WholeFile.WriteTextAsync(folder.FullPath(ArchiveFormat.ManifestFile), json, cancellationToken).ConfigureAwait(false);
        return manifest;
    }

    // One consistent view of every table. SQLite: a deferred transaction reads one WAL snapshot without holding writers
    // off; PostgreSQL: repeatable read.
    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginSnapshotAsync(CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is SqliteConnection sqlite)
        {
            var transaction = sqlite.BeginTransaction(deferred: true);
            return await db.Database.UseTransactionAsync(transaction, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The store did not take the snapshot transaction.");
        }

        return await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteDefinitionsAsync(ArchiveFolder folder, SortedDictionary<string, long> counts, CancellationToken cancellationToken)
    {
        var types = await definitions.ListTypesAsync(cancellationToken).ConfigureAwait(false);
        var parts = await definitions.ListPartsAsync(cancellationToken).ConfigureAwait(false);
        var roleList = await roles.ListAsync(cancellationToken).ConfigureAwait(false);
        // Differs from Orchard: the Content step is empty; items travel in items/ with all their versions.
        var recipe = RecipeWriter.Build(
            new RecipeExportOptions
            {
                Name = ArchiveFormat.Name,
                DisplayName = "Inspection: content definitions and roles of an export",
                Description = "The content types, parts and roles of the exported store.",
                Author = "Inspection",
            },
            types,
            parts,
            [],
            roleList);
        await folder.WriteTextAsync(ArchiveFormat.DefinitionsFile, recipe.ToJsonString(ArchiveFormat.Indented) + "\n", cancellationToken).ConfigureAwait(false);
        counts[ArchiveCounts.ContentTypes] = types.Count;
        counts[ArchiveCounts.ContentParts] = parts.Count;
        counts[ArchiveCounts.Roles] = roleList.Count;
    }

    /// <summary>Writes one file per item; returns each original's hash with the first item that holds it.</summary>
    private async Task<SortedDictionary<string, string>> WriteItemsAsync(ArchiveFolder folder, SortedDictionary<string, long> counts, CancellationToken cancellationToken)
    {
        // The global order of versions (the store's row order) is kept as a rank, so that an import saves them in the same order.
        var order = await db.ContentItems.AsNoTracking().OrderBy(c => c.Id).Select(c => c.ContentItemVersionId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var rank = new Dictionary<string, int>(order.Count, StringComparer.Ordinal);
        for (var i = 0; i < order.Count; i++)
        {
            rank[order[i]] = i;
        }

        var ids = (await db.ContentItems.AsNoTracking().Select(c => c.ContentItemId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false))
            .Order(StringComparer.Ordinal)
            .ToList();
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        long passages = 0, findings = 0, links = 0;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var versions = await db.ContentItems.AsNoTracking().Where(c => c.ContentItemId == id).OrderBy(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            var versionOrder = versions.Select((v, i) => (v.ContentItemVersionId, i)).ToDictionary(v => v.ContentItemVersionId, v => v.i, StringComparer.Ordinal);
            var itemPassages = (await db.Passages.AsNoTracking().Where(p => p.ContentItemId == id).ToListAsync(cancellationToken).ConfigureAwait(false))
                .OrderBy(p => versionOrder.GetValueOrDefault(p.ContentItemVersionId, int.MaxValue))
                .ThenBy(p => p.ContentItemVersionId, StringComparer.Ordinal)
                .ThenBy(p => p.Ordinal)
                .ThenBy(p => p.PassageId, StringComparer.Ordinal)
                .ToList();
            var itemFindings = (await db.Findings.AsNoTracking().Where(f => f.ContentItemId == id).ToListAsync(cancellationToken).ConfigureAwait(false))
                .OrderBy(f => f.Ordinal)
                .ThenBy(f => f.FindingId, StringComparer.Ordinal)
                .ToList();
            var findingIds = itemFindings.Select(f => f.FindingId).ToList();
            var itemLinks = findingIds.Count == 0
                ? []
                : (await db.FindingLinks.AsNoTracking().Where(l => findingIds.Contains(l.FindingId)).ToListAsync(cancellationToken).ConfigureAwait(false))
                    .OrderBy(l => l.FindingId, StringComparer.Ordinal)
                    .ThenBy(l => l.LinkType, StringComparer.Ordinal)
                    .ThenBy(l => l.TargetId, StringComparer.Ordinal)
                    .ToList();

            var latest = versions.LastOrDefault(v => v.Latest) ?? versions[^1];
            var json = new JsonObject
            {
                ["ContentItemId"] = id,
                ["Deleted"] = latest.Deleted,
                ["DeletedUtc"] = latest.DeletedUtc is { } deleted ? JsonValue.Create(deleted) : null,
                ["VersionOrder"] = new JsonArray([.. versions.Select(v => JsonValue.Create(rank[v.ContentItemVersionId]))]),
                ["Versions"] = new JsonArray([.. versions.Select(v => JsonSerializer.SerializeToNode(ContentItemMapper.ToItem(v), ContentItemJson.Options))]),
                ["Passages"] = JsonSerializer.SerializeToNode(itemPassages, ArchiveFormat.Indented),
                ["Findings"] = JsonSerializer.SerializeToNode(itemFindings, ArchiveFormat.Indented),
                ["FindingLinks"] = JsonSerializer.SerializeToNode(itemLinks, ArchiveFormat.Indented),
            };

            var name = ArchiveFormat.ItemFileName(id);
            if (!names.Add(name))
            {
                throw new ArchiveException($"items {id} and another share the file name {name}");
            }

            await folder.WriteTextAsync($"{ArchiveFormat.ItemsFolder}/{name}", json.ToJsonString(ArchiveFormat.Indented) + "\n", cancellationToken).ConfigureAwait(false);
            foreach (var hash in versions.Select(v => v.SourceHash).OfType<string>())
            {
                hashes.TryAdd(hash, id);
            }

            counts[ArchiveCounts.Versions] = counts.GetValueOrDefault(ArchiveCounts.Versions) + versions.Count;
            passages += itemPassages.Count;
            findings += itemFindings.Count;
            links += itemLinks.Count;
        }

        counts[ArchiveCounts.Items] = ids.Count;
        counts.TryAdd(ArchiveCounts.Versions, 0);
        counts[ArchiveCounts.Passages] = passages;
        counts[ArchiveCounts.Findings] = findings;
        counts[ArchiveCounts.FindingLinks] = links;
        return hashes;
    }

    private async Task WriteUsersAsync(ArchiveFolder folder, SortedDictionary<string, long> counts, CancellationToken cancellationToken)
    {
        var users = (await db.Users.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderBy(u => u.NormalizedUserName, StringComparer.Ordinal)
            .ToList();
        await folder.WriteTextAsync(ArchiveFormat.UsersFile, JsonSerializer.Serialize(users, ArchiveFormat.Indented) + "\n", cancellationToken).ConfigureAwait(false);
        counts[ArchiveCounts.Users] = users.Count;
    }

    private async Task WriteAuditLogAsync(ArchiveFolder folder, SortedDictionary<string, long> counts, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        long lastId = 0, lines = 0;
        while (true)
        {
            var after = lastId;
            var batch = await db.AuditLog.AsNoTracking().Where(a => a.Id > after).OrderBy(a => a.Id).Take(AuditBatch).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var line in batch)
            {
                text.Append(JsonSerializer.Serialize(new AuditLine(line.Utc, line.UserName, line.Action, line.ContentItemId, line.Detail), ArchiveFormat.Line)).Append('\n');
            }

            lastId = batch[^1].Id;
            lines += batch.Count;
        }

        await folder.WriteTextAsync(ArchiveFormat.AuditLogFile, text.ToString(), cancellationToken).ConfigureAwait(false);
        counts[ArchiveCounts.AuditLines] = lines;
    }

    private async Task WriteSavedSearchesAsync(ArchiveFolder folder, SortedDictionary<string, long> counts, CancellationToken cancellationToken)
    {
        var searches = (await db.SavedSearches.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var visits = (await db.SavedSearchVisits.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderBy(v => v.SavedSearchId, StringComparer.Ordinal)
            .ThenBy(v => v.UserName, StringComparer.Ordinal)
            .ToList();
        var json = new JsonObject
        {
            ["SavedSearches"] = JsonSerializer.SerializeToNode(searches, ArchiveFormat.Indented),
            ["Visits"] = JsonSerializer.SerializeToNode(visits, ArchiveFormat.Indented),
        };
        await folder.WriteTextAsync(ArchiveFormat.SavedSearchesFile, json.ToJsonString(ArchiveFormat.Indented) + "\n", cancellationToken).ConfigureAwait(false);
        counts[ArchiveCounts.SavedSearches] = searches.Count;
    }

    private async Task CopyOriginalsAsync(ArchiveFolder folder, SortedDictionary<string, string> hashes, SortedDictionary<string, long> counts, CancellationToken cancellationToken)
    {
        long bytes = 0;
        foreach (var (hash, itemId) in hashes)
        {
            var source = ArchiveFormat.IsSha256(hash) ? Path.Combine(options.Value.BlobDirectory, ArchiveFormat.BlobRelativePath(hash)) : null;
            if (source is null || !File.Exists(source))
            {
                throw new ArchiveException($"the original {hash} of item {itemId} is missing from blobs/ (run 'inspection check')");
            }

            var stream = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
            ArchiveFileEntry entry;
            await using (stream.ConfigureAwait(false))
            {
                entry = await folder.CopyAsync($"{ArchiveFormat.BlobsFolder}/{ArchiveFormat.BlobRelativePath(hash)}", stream, cancellationToken).ConfigureAwait(false);
            }

            if (!string.Equals(entry.Sha256, hash, StringComparison.Ordinal))
            {
                throw new ArchiveException($"the original {hash} of item {itemId} no longer has that hash (it reads as {entry.Sha256}; run 'inspection check')");
            }

            bytes += entry.Bytes;
        }

        counts[ArchiveCounts.Originals] = hashes.Count;
        counts[ArchiveCounts.OriginalBytes] = bytes;
    }
}

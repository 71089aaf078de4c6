using System.Text.Json;
using System.Text.Json.Nodes;
using Inspection.Content.Blobs;
using Inspection.Content.Definitions;
using Inspection.Content.Model;
using Inspection.Content.Persistence;
using Inspection.Content.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inspection.Content.Archive;

/// <summary>
/// Loads an export (see <see cref="StoreExporter"/>) into an empty store: checks every file against the manifest first,
/// refuses a store that holds anything, copies the originals, then saves all rows in one transaction, keeping ids,
/// versions, flags and timestamps as exported. If anything fails, the store and blobs are left as they were.
/// Writes no audit line and no indexing tasks: the store is the exported one; the caller rebuilds the index.
/// </summary>
public sealed class StoreImporter(
    InspectionDbContext db,
    StoreUnitOfWork unitOfWork,
    IStoreInitializer initializer,
    IContentDefinitionStore definitions,
    IRoleStore roles,
    IBlobStore blobs,
    IOptions<StoreOptions> options,
    ILogger<StoreImporter> logger)
{
    private const int Batch = 500;

    public async Task<ArchiveManifest> ImportAsync(string directory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new ArchiveException($"{root}: no such export folder");
        }

        var manifest = await ReadManifestAsync(root, cancellationToken).ConfigureAwait(false);
        await VerifyFilesAsync(root, manifest, cancellationToken).ConfigureAwait(false);
        await EnsureEmptyAsync(cancellationToken).ConfigureAwait(false);
        await initializer.InitializeAsync(cancellationToken).ConfigureAwait(false);

        var written = new List<string>();
        try
        {
            await CopyOriginalsAsync(root, manifest, written, cancellationToken).ConfigureAwait(false);
            await unitOfWork.RunAsync(ct => LoadRowsAsync(root, manifest, ct), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The blob store was empty before, so every original written here is this import's to take back.
            foreach (var path in written)
            {
                File.Delete(path);
            }

            throw;
        }

        manifest.Counts.TryGetValue(ArchiveCounts.Items, out var items);
        manifest.Counts.TryGetValue(ArchiveCounts.Originals, out var originals);
        LogMessages.StoreImported(logger, root, items, originals);
        return manifest;
    }

    private static async Task<ArchiveManifest> ReadManifestAsync(string root, CancellationToken cancellationToken)
    {
        var path = Path.Combine(root, ArchiveFormat.ManifestFile);
        if (!File.Exists(path))
        {
            throw new ArchiveException($"{path}: missing; this is not an export made by 'inspection export', or one that did not finish (the manifest is written last): export again into a new folder");
        }

        ArchiveManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ArchiveManifest>(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), ArchiveFormat.Indented);
        }
        catch (JsonException ex)
        {
            throw new ArchiveException($"{path}: not a readable manifest ({ex.Message})", ex);
        }

        if (manifest is null || !string.Equals(manifest.Format, ArchiveFormat.Name, StringComparison.Ordinal) || manifest.Files is null || manifest.Counts is null)
        {
            throw new ArchiveException($"{path}: not the manifest of an Inspection export");
        }

        if (manifest.Version != ArchiveFormat.Version)
        {
            throw new ArchiveException($"{path}: export format version {manifest.Version}, but this version of Inspection reads version {ArchiveFormat.Version}");
        }

        return manifest;
    }

    private static async Task VerifyFilesAsync(string root, ArchiveManifest manifest, CancellationToken cancellationToken)
    {
        var prefix = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        foreach (var entry in manifest.Files)
        {
            var full = Path.GetFullPath(Path.Combine(root, entry.Path ?? ""));
            if (string.IsNullOrEmpty(entry.Path) || Path.IsPathRooted(entry.Path) || !full.StartsWith(prefix, StringComparison.Ordinal))
            {
                throw new ArchiveException($"{ArchiveFormat.ManifestFile}: the path '{entry.Path}' is outside the export folder");
            }

            if (!File.Exists(full))
            {
                throw new ArchiveException($"{full}: listed in the manifest but missing; the export is incomplete");
            }

            var (sha256, bytes) = await ArchiveFolder.HashFileAsync(full, cancellationToken).ConfigureAwait(false);
            if (bytes != entry.Bytes || !string.Equals(sha256, entry.Sha256, StringComparison.Ordinal))
            {
                throw new ArchiveException($"{full}: does not match the manifest (SHA-256 {sha256}, {bytes} bytes; expected {entry.Sha256}, {entry.Bytes} bytes); the export is damaged");
            }
        }
    }

    private async Task EnsureEmptyAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var where = settings.Provider == StoreProvider.PostgreSQL ? "the PostgreSQL store" : settings.DataDirectory;
        const string Needs = "import needs an empty data folder and store, and this one is left as it was";
        if (Directory.Exists(settings.BlobDirectory) && Directory.EnumerateFiles(settings.BlobDirectory, "*", SearchOption.AllDirectories).Any())
        {
            throw new ArchiveException($"{settings.DataDirectory}: blobs/ already holds originals; {Needs}");
        }

        Directory.CreateDirectory(settings.DataDirectory);
        if (!(await db.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).Any())
        {
            return;
        }

        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Any())
        {
            throw new ArchiveException($"{where}: holds a store made by an older version of Inspection; {Needs}");
        }

        var held = new List<string>();
        void Note(bool any, string what)
        {
            if (any)
            {
                held.Add(what);
            }
        }

        Note(await db.ContentItems.AnyAsync(cancellationToken).ConfigureAwait(false), "content items");
        Note(await db.ContentTypeDefinitions.AnyAsync(cancellationToken).ConfigureAwait(false), "content types");
        Note(await db.ContentPartDefinitions.AnyAsync(cancellationToken).ConfigureAwait(false), "content parts");
        Note(await db.Roles.AnyAsync(cancellationToken).ConfigureAwait(false), "roles");
        Note(await db.Users.AnyAsync(cancellationToken).ConfigureAwait(false), "users");
        Note(await db.Passages.AnyAsync(cancellationToken).ConfigureAwait(false), "passages");
        Note(await db.Findings.AnyAsync(cancellationToken).ConfigureAwait(false), "findings");
        Note(await db.AuditLog.AnyAsync(cancellationToken).ConfigureAwait(false), "audit log lines");
        Note(await db.SavedSearches.AnyAsync(cancellationToken).ConfigureAwait(false), "saved searches");
        Note(await db.IngestionJobs.AnyAsync(cancellationToken).ConfigureAwait(false), "upload jobs");
        if (held.Count > 0)
        {
            throw new ArchiveException($"{where}: the store already holds {string.Join(", ", held)}; {Needs}");
        }
    }

    private async Task CopyOriginalsAsync(string root, ArchiveManifest manifest, List<string> written, CancellationToken cancellationToken)
    {
        foreach (var entry in manifest.Files.Where(f => f.Path.StartsWith(ArchiveFormat.BlobsFolder + "/", StringComparison.Ordinal)))
        {
            var hash = entry.Path[(entry.Path.LastIndexOf('/') + 1)..];
            if (!ArchiveFormat.IsSha256(hash) || !string.Equals(entry.Path, $"{ArchiveFormat.BlobsFolder}/{ArchiveFormat.BlobRelativePath(hash)}", StringComparison.Ordinal))
            {
                throw new ArchiveException($"{entry.Path}: not where an original belongs (blobs/ab/cd/<sha256>)");
            }

            var stream = new FileStream(Path.Combine(root, entry.Path), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                var result = await blobs.PutAsync(stream, cancellationToken).ConfigureAwait(false);
                if (!result.AlreadyStored)
                {
                    written.Add(Path.Combine(options.Value.BlobDirectory, ArchiveFormat.BlobRelativePath(result.Sha256)));
                }

                if (!string.Equals(result.Sha256, hash, StringComparison.Ordinal))
                {
                    throw new ArchiveException($"{entry.Path}: its contents have the SHA-256 {result.Sha256}");
                }
            }
        }
    }

    private async Task LoadRowsAsync(string root, ArchiveManifest manifest, CancellationToken cancellationToken)
    {
        await LoadDefinitionsAsync(root, cancellationToken).ConfigureAwait(false);
        var itemFiles = manifest.Files
            .Where(f => f.Path.StartsWith(ArchiveFormat.ItemsFolder + "/", StringComparison.Ordinal))
            .Select(f => Path.Combine(root, f.Path))
            .ToList();

        // Versions first, in the exported store's row order, so lists that follow it read the same after the import.
        var versions = new List<(int Rank, ContentItemRecord Record)>();
        foreach (var file in itemFiles)
        {
            var item = await ReadObjectAsync(file, cancellationToken).ConfigureAwait(false);
            var deleted = item["Deleted"]?.GetValue<bool>() ?? false;
            var deletedUtc = item["DeletedUtc"]?.GetValue<DateTime>();
            var order = item["VersionOrder"] as JsonArray ?? throw new ArchiveException($"{file}: has no VersionOrder");
            var list = item["Versions"] as JsonArray ?? throw new ArchiveException($"{file}: has no Versions");
            if (order.Count != list.Count)
            {
                throw new ArchiveException($"{file}: VersionOrder and Versions differ in length");
            }

            for (var i = 0; i < list.Count; i++)
            {
                var version = list[i].Deserialize<ContentItem>(ContentItemJson.Options) ?? throw new ArchiveException($"{file}: version {i + 1} is null");
                var record = ContentItemMapper.ToRecord(version);
                record.Deleted = deleted;
                record.DeletedUtc = deletedUtc;
                versions.Add((order[i]!.GetValue<int>(), record));
            }
        }

        foreach (var chunk in versions.OrderBy(v => v.Rank).Select(v => v.Record).Chunk(Batch))
        {
            await SaveAsync(chunk, cancellationToken).ConfigureAwait(false);
        }

        long passages = 0;
        foreach (var file in itemFiles)
        {
            var item = await ReadObjectAsync(file, cancellationToken).ConfigureAwait(false);
            var itemPassages = Rows<PassageRecord>(item, "Passages", file);
            passages += itemPassages.Count;
            foreach (var chunk in itemPassages.Chunk(Batch))
            {
                await SaveAsync(chunk, cancellationToken).ConfigureAwait(false);
            }

            await SaveAsync(Rows<FindingRecord>(item, "Findings", file), cancellationToken).ConfigureAwait(false);
            await SaveAsync(Rows<FindingLinkRecord>(item, "FindingLinks", file), cancellationToken).ConfigureAwait(false);
        }

        await SaveAsync(await ReadListAsync<UserRecord>(Path.Combine(root, ArchiveFormat.UsersFile), cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        await LoadAuditLogAsync(Path.Combine(root, ArchiveFormat.AuditLogFile), cancellationToken).ConfigureAwait(false);

        var saved = await ReadObjectAsync(Path.Combine(root, ArchiveFormat.SavedSearchesFile), cancellationToken).ConfigureAwait(false);
        await SaveAsync(Rows<SavedSearchRecord>(saved, "SavedSearches", ArchiveFormat.SavedSearchesFile), cancellationToken).ConfigureAwait(false);
        await SaveAsync(Rows<SavedSearchVisitRecord>(saved, "Visits", ArchiveFormat.SavedSearchesFile), cancellationToken).ConfigureAwait(false);

        Expect(manifest, ArchiveCounts.Items, itemFiles.Count);
        Expect(manifest, ArchiveCounts.Versions, versions.Count);
        Expect(manifest, ArchiveCounts.Passages, passages);
    }

    private async Task LoadDefinitionsAsync(string root, CancellationToken cancellationToken)
    {
        var path = Path.Combine(root, ArchiveFormat.DefinitionsFile);
        var recipe = await ReadObjectAsync(path, cancellationToken).ConfigureAwait(false);
        foreach (var step in (recipe["steps"] as JsonArray ?? []).OfType<JsonObject>())
        {
            switch (step["name"]?.GetValue<string>())
            {
                case "ContentDefinition":
                    foreach (var type in (step["ContentTypes"] as JsonArray ?? []).OfType<JsonObject>())
                    {
                        var name = type["Name"]?.GetValue<string>() ?? throw new ArchiveException($"{path}: a content type has no Name");
                        await definitions.SaveTypeAsync(new ContentTypeDefinition(name, type["DisplayName"]?.GetValue<string>() ?? name, type), cancellationToken).ConfigureAwait(false);
                    }

                    foreach (var part in (step["ContentParts"] as JsonArray ?? []).OfType<JsonObject>())
                    {
                        var name = part["Name"]?.GetValue<string>() ?? throw new ArchiveException($"{path}: a content part has no Name");
                        await definitions.SavePartAsync(new ContentPartDefinition(name, part), cancellationToken).ConfigureAwait(false);
                    }

                    break;
                case "Roles":
                    foreach (var role in step["Roles"] as JsonArray ?? [])
                    {
                        await roles.SaveAsync(role.Deserialize<RoleDefinition>(ContentItemJson.Options) ?? throw new ArchiveException($"{path}: a role is null"), cancellationToken).ConfigureAwait(false);
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private async Task LoadAuditLogAsync(string path, CancellationToken cancellationToken)
    {
        var batch = new List<AuditLogRecord>(Batch);
        using var reader = new StreamReader(path);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            var entry = Parse<AuditLine>(line, $"{path}, line {number}");
            batch.Add(new AuditLogRecord { Utc = entry.Utc, UserName = entry.UserName, Action = entry.Action, ContentItemId = entry.ContentItemId, Detail = entry.Detail });
            if (batch.Count == Batch)
            {
                await SaveAsync(batch, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }

        await SaveAsync(batch, cancellationToken).ConfigureAwait(false);
    }

    private async Task SaveAsync<T>(IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        db.Set<T>().AddRange(rows);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
    }

    private static void Expect(ArchiveManifest manifest, string count, long actual)
    {
        if (manifest.Counts.TryGetValue(count, out var expected) && expected != actual)
        {
            throw new ArchiveException($"{ArchiveFormat.ManifestFile}: counts {expected} {count}, but the files hold {actual}");
        }
    }

    private static List<T> Rows<T>(JsonObject json, string property, string file) =>
        json[property] is JsonArray array
            ? array.Deserialize<List<T>>(ArchiveFormat.Indented) ?? []
            : throw new ArchiveException($"{file}: has no {property}");

    private static async Task<List<T>> ReadListAsync<T>(string path, CancellationToken cancellationToken) =>
        Parse<List<T>>(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), path);

    private static async Task<JsonObject> ReadObjectAsync(string path, CancellationToken cancellationToken) =>
        Parse<JsonNode>(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), path) as JsonObject
            ?? throw new ArchiveException($"{path}: not a JSON object");

    private static T Parse<T>(string json, string where)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, ArchiveFormat.Indented) ?? throw new ArchiveException($"{where}: empty");
        }
        catch (JsonException ex)
        {
            throw new ArchiveException($"{where}: not valid JSON ({ex.Message})", ex);
        }
    }
}

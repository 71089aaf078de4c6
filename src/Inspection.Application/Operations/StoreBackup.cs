using System.Globalization;
using Inspection.Content.Archive;
using Inspection.Content.Audit;
using Inspection.Readiness.Access;
using Inspection.Search.Indexing;

namespace Inspection.Application.Operations;

/// <summary>
/// <c>inspection export DIR</c> and <c>inspection import DIR</c>, for an administrator: the whole store to a folder and
/// back into an empty data folder, after which the index is rebuilt from the store. Export then import then export
/// gives the same bytes: the export's own audit line is written to the exported store after its snapshot was read, and
/// an import writes none, so that the restored store is exactly the one exported.
/// </summary>
public sealed class StoreBackup(StoreExporter exporter, StoreImporter importer, OutboxIndexer indexer, IAuditLog audit, AccessPolicy access)
{
    public const string ExportAudit = "store-exported";

    public async Task<ArchiveManifest> ExportAsync(string directory, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await access.RequireAsync(caller, IntegrityCheck.Permission, "export the store", cancellationToken).ConfigureAwait(false);
        var manifest = await exporter.ExportAsync(directory, cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(caller.UserName, ExportAudit, null, string.Create(
            CultureInfo.InvariantCulture,
            $"{Path.GetFullPath(directory)}: {manifest.Counts.GetValueOrDefault(ArchiveCounts.Items)} items, {manifest.Counts.GetValueOrDefault(ArchiveCounts.Originals)} originals"), cancellationToken).ConfigureAwait(false);
        return manifest;
    }

    /// <summary>Imports into an empty store, then rebuilds the index; returns the manifest and the documents indexed.</summary>
    public async Task<(ArchiveManifest Manifest, int Indexed)> ImportAsync(string directory, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await access.RequireAsync(caller, IntegrityCheck.Permission, "import a store", cancellationToken).ConfigureAwait(false);
        var manifest = await importer.ImportAsync(directory, cancellationToken).ConfigureAwait(false);
        var indexed = await indexer.RebuildAsync(null, cancellationToken).ConfigureAwait(false);
        return (manifest, indexed);
    }
}

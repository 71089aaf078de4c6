using Inspection.Content.Audit;
using Inspection.Content.Blobs;
using Inspection.Content.Evidence;
using Inspection.Content.Model;
using Inspection.Content.Store;
using Inspection.Readiness.Access;
using Inspection.Search.Indexing;
using Microsoft.Extensions.Options;

namespace Inspection.Application.Documents;

/// <summary>
/// Deleting evidence puts it in a recycle bin: gone from lists and search at once, restorable with its passages and
/// findings until the retention period ends, then purged for good. Each step is audited.
/// </summary>
public sealed class RecycleBin(IContentStore store, IEvidenceStore evidence, IBlobStore blobs, IAuditLog audit, AccessPolicy access, OutboxIndexer indexer, IOptions<RecycleBinOptions> options, TimeProvider time)
{
    public const string DeleteAudit = "delete";
    public const string RestoreAudit = "restore";
    public const string PurgeAudit = "purge";

    private TimeSpan Retention => TimeSpan.FromDays(options.Value.RetentionDays);

    /// <summary>Deletes a document the caller may see; false when there is none (they are not told which).</summary>
    public async Task<bool> DeleteAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        await access.RequireAsync(caller, Permissions.EditEvidence, "delete documents", cancellationToken).ConfigureAwait(false);
        var item = await VisibleAsync(id, deleted: false, caller, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return false;
        }

        await store.InTransactionAsync(
            async ct =>
            {
                await store.DeleteAsync(item.ContentItemId, ct).ConfigureAwait(false);
                await audit.WriteAsync(caller.UserName, DeleteAudit, item.ContentItemId, item.DisplayText, ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
        await indexer.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Brings a deleted document back as it was, searchable again; false when there is none the caller may see in the bin.</summary>
    public async Task<bool> RestoreAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        await access.RequireAsync(caller, Permissions.EditEvidence, "restore documents", cancellationToken).ConfigureAwait(false);
        var item = await VisibleAsync(id, deleted: true, caller, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return false;
        }

        await store.InTransactionAsync(
            async ct =>
            {
                await store.RestoreAsync(item.ContentItemVersionId, publish: true, ct).ConfigureAwait(false);
                await audit.WriteAsync(caller.UserName, RestoreAudit, item.ContentItemId, item.DisplayText, ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
        await indexer.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The deleted documents the caller may see, most recently deleted first.</summary>
    public async Task<IReadOnlyList<DeletedDocument>> ListAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var deleted = await store.ListDeletedAsync(null, cancellationToken).ConfigureAwait(false);
        return [.. deleted
            .Where(d => EvidencePart.IsEvidence(d.Item) && caller.MaySee(EvidencePart.GetText(d.Item, EvidencePart.Classification)))
            .Select(d => new DeletedDocument(DocumentSummary.From(d.Item), d.DeletedUtc, d.DeletedUtc + Retention))];
    }

    /// <summary>Purges one deleted document now (it must be in the bin); needs PurgeEvidence.</summary>
    public async Task<bool> PurgeAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        await access.RequireAsync(caller, Permissions.PurgeEvidence, "purge documents", cancellationToken).ConfigureAwait(false);
        var item = await VisibleAsync(id, deleted: true, caller, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return false;
        }

        await PurgeItemAsync(item, caller.UserName, cancellationToken).ConfigureAwait(false);
        await indexer.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Purges every document deleted longer ago than the retention period; returns how many. Hosts run it on a timer as the system.</summary>
    public async Task<int> PurgeExpiredAsync(Caller caller, CancellationToken cancellationToken)
    {
        await access.RequireAsync(caller, Permissions.PurgeEvidence, "purge documents", cancellationToken).ConfigureAwait(false);
        var expired = await store.ListDeletedAsync(time.GetUtcNow().UtcDateTime - Retention, cancellationToken).ConfigureAwait(false);
        foreach (var deleted in expired)
        {
            await PurgeItemAsync(deleted.Item, caller.UserName, cancellationToken).ConfigureAwait(false);
        }

        if (expired.Count > 0)
        {
            await indexer.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        }

        return expired.Count;
    }

    // Purging is for good: once the store no longer names an original (another item may share it, as a new version can),
    // the file goes too, so Personal originals do not outlive their document. The file is removed after the store's
    // change commits; a crash between the two leaves an orphan that `inspection check` reports, never a missing original.
    private async Task PurgeItemAsync(ContentItem item, string userName, CancellationToken cancellationToken)
    {
        var originals = (await store.ListVersionsAsync(item.ContentItemId, cancellationToken).ConfigureAwait(false))
            .Select(v => EvidencePart.GetText(v, EvidencePart.SourceHash))
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        await store.InTransactionAsync(
            async ct =>
            {
                await store.PurgeAsync(item.ContentItemId, ct).ConfigureAwait(false);
                await audit.WriteAsync(userName, PurgeAudit, item.ContentItemId, item.DisplayText, ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
        foreach (var hash in originals)
        {
            if (!await evidence.HoldsSourceHashAsync(hash, cancellationToken).ConfigureAwait(false))
            {
                blobs.Delete(hash);
            }
        }
    }

    private async Task<ContentItem?> VisibleAsync(string id, bool deleted, Caller caller, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 100)
        {
            return null;
        }

        ContentItem? item;
        if (deleted)
        {
            var versions = await store.ListVersionsAsync(id.Trim(), cancellationToken).ConfigureAwait(false);
            var latest = versions.LastOrDefault(v => v.Latest) ?? (versions.Count > 0 ? versions[^1] : null);
            var live = await store.GetAsync(id.Trim(), VersionOptions.Latest, cancellationToken).ConfigureAwait(false);
            item = live is null ? latest : null;
        }
        else
        {
            item = await store.GetAsync(id.Trim(), VersionOptions.Latest, cancellationToken).ConfigureAwait(false);
        }

        if (item is null || !EvidencePart.IsEvidence(item))
        {
            return null;
        }

        if (!caller.MaySee(EvidencePart.GetText(item, EvidencePart.Classification)))
        {
            await access.RefusedAsync(caller, "document", item.ContentItemId, item.ContentItemId, cancellationToken).ConfigureAwait(false);
            return null;
        }

        return item;
    }
}

using Inspection.Content.Audit;
using Inspection.Content.Blobs;
using Inspection.Content.Evidence;
using Inspection.Content.Model;
using Inspection.Content.Store;
using Inspection.Readiness.Access;
using Inspection.Readiness.Authority;

namespace Inspection.Application.Documents;

/// <summary>
/// Reading documents as a caller: lists hold only what they may see, a document they may not see is answered as not found
/// (and the refusal audited), and every view of restricted evidence and every download is on the record.
/// </summary>
public sealed class DocumentService(IContentStore store, IEvidenceStore evidence, IBlobStore blobs, IAuditLog audit, AccessPolicy access, OurAuthority authority)
{
    /// <summary>The audit action of a view of restricted evidence.</summary>
    public const string ViewAudit = "view";

    /// <summary>The audit action of a download of an original.</summary>
    public const string DownloadAudit = "download";

    /// <summary>The evidence the caller may see, newest first, optionally of one kind.</summary>
    public Task<IReadOnlyList<DocumentSummary>> ListAsync(string? type, Caller caller, CancellationToken cancellationToken) =>
        ListAsync(type, OrganisationFilter.All, caller, cancellationToken);

    /// <summary>As <see cref="ListAsync(string?, Caller, CancellationToken)"/>, of the organisations the filter takes.</summary>
    public async Task<IReadOnlyList<DocumentSummary>> ListAsync(string? type, OrganisationFilter organisation, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(caller);
        var items = await store.ListAsync(string.IsNullOrWhiteSpace(type) ? null : type, cancellationToken).ConfigureAwait(false);
        var ours = await authority.ScopeAsync(cancellationToken).ConfigureAwait(false);
        return [.. items
            .Where(EvidencePart.IsEvidence)
            .Where(i => caller.MaySee(EvidencePart.GetText(i, EvidencePart.Classification)))
            .Where(i => organisation.Includes(EvidencePart.GetText(i, EvidencePart.Organisation), ours))
            .Select(DocumentSummary.From)
            .OrderByDescending(d => d.Date)
            .ThenBy(d => d.Title, StringComparer.Ordinal)];
    }

    /// <summary>The document, or null when there is none the caller may see (they are not told which).</summary>
    public async Task<DocumentView?> GetAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var item = await VisibleItemAsync(id, caller, cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            return null;
        }

        var classification = EvidencePart.GetText(item, EvidencePart.Classification) ?? Classifications.Official;
        if (!string.Equals(classification, Classifications.Official, StringComparison.Ordinal))
        {
            // Restricted evidence may name children: every view is on the record.
            await audit.WriteAsync(caller.UserName, ViewAudit, item.ContentItemId, classification, cancellationToken).ConfigureAwait(false);
        }

        var versions = await store.ListVersionsAsync(item.ContentItemId, cancellationToken).ConfigureAwait(false);
        var passages = await evidence.ListPassagesAsync(item.ContentItemVersionId, cancellationToken).ConfigureAwait(false);
        var findings = await evidence.ListFindingsAsync(item.ContentItemId, cancellationToken).ConfigureAwait(false);
        return new DocumentView(DocumentSummary.From(item), item, versions, findings, passages);
    }

    /// <summary>The original file, audited as a download; null when there is none the caller may see.</summary>
    public Task<(Stream Content, string FileName, string MediaType)?> OpenOriginalAsync(string id, Caller caller, CancellationToken cancellationToken) =>
        OpenOriginalAsync(id, null, caller, cancellationToken);

    /// <summary>The original file of one version (an earlier upload), or of the latest when <paramref name="versionId"/> is null.</summary>
    public async Task<(Stream Content, string FileName, string MediaType)?> OpenOriginalAsync(string id, string? versionId, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var item = await VisibleItemAsync(id, caller, cancellationToken).ConfigureAwait(false);
        if (item is not null && !string.IsNullOrEmpty(versionId))
        {
            var version = await store.GetVersionAsync(versionId, cancellationToken).ConfigureAwait(false);
            item = version is not null && string.Equals(version.ContentItemId, item.ContentItemId, StringComparison.Ordinal)
                && caller.MaySee(EvidencePart.GetText(version, EvidencePart.Classification)) ? version : null;
        }

        var hash = item is null ? null : EvidencePart.GetText(item, EvidencePart.SourceHash);
        var stream = hash is null ? null : blobs.Open(hash);
        if (item is null || stream is null)
        {
            return null;
        }

        var fileName = EvidencePart.GetText(item, EvidencePart.SourceFileName) ?? $"{item.ContentItemId}.bin";
        await audit.WriteAsync(caller.UserName, DownloadAudit, item.ContentItemId, fileName, cancellationToken).ConfigureAwait(false);
        return (stream, fileName, EvidencePart.GetText(item, EvidencePart.MediaType) ?? "application/octet-stream");
    }

    /// <summary>Whether the passage belongs to the latest version of a document the caller may see (nothing is shown, so no view is audited).</summary>
    public async Task<bool> PassageVisibleAsync(string passageId, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (string.IsNullOrWhiteSpace(passageId) || passageId.Length > 100)
        {
            return false;
        }

        var owners = await evidence.OwningItemsAsync([passageId.Trim()], cancellationToken).ConfigureAwait(false);
        var item = owners.TryGetValue(passageId.Trim(), out var documentId) ? await VisibleItemAsync(documentId, caller, cancellationToken).ConfigureAwait(false) : null;
        return item is not null
            && (await evidence.ListPassagesAsync(item.ContentItemVersionId, cancellationToken).ConfigureAwait(false))
                .Any(p => string.Equals(p.PassageId, passageId.Trim(), StringComparison.Ordinal));
    }

    private async Task<ContentItem?> VisibleItemAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 100)
        {
            return null;
        }

        var item = await store.GetAsync(id, VersionOptions.Latest, cancellationToken).ConfigureAwait(false);
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

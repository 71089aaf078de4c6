using System.Text.RegularExpressions;
using Inspection.Content.Audit;
using Inspection.Content.Blobs;
using Inspection.Content.Evidence;
using Inspection.Content.Model;
using Inspection.Content.Store;
using Inspection.Ingestion.Pipeline;
using Inspection.Readiness.Access;
using Inspection.Search.Indexing;

namespace Inspection.Application.Documents;

/// <summary>
/// A new file for a document that already exists (next year's self-evaluation, a corrected report): read as any upload,
/// saved as the document's next version. What people decided about the document (title, kind, classification,
/// organisation, themes) stays; what comes from the file (its name, hash, pages, date) and its text are the new file's.
/// Earlier versions and their originals are kept. Findings the new file states that the document did not have are added;
/// those it had keep their status and links.
/// </summary>
public sealed partial class NewVersions(
    IEvidenceIngester ingester,
    IContentStore store,
    IEvidenceStore evidence,
    IBlobStore blobs,
    IAuditLog audit,
    AccessPolicy access,
    OutboxIndexer indexer)
{
    public const string NewVersionAudit = "new-version";

    private static readonly string[] FromTheFile =
        [EvidencePart.SourceFileName, EvidencePart.SourceHash, EvidencePart.MediaType, EvidencePart.Pages, EvidencePart.Status];

    /// <summary>Saves the file as the document's new version; a refusal (not readable, already held) comes back as its reason.</summary>
    public async Task<NewVersionOutcome> AddAsync(string id, string filePath, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        await access.RequireAsync(caller, Permissions.EditEvidence, "upload new versions of documents", cancellationToken).ConfigureAwait(false);
        var current = string.IsNullOrWhiteSpace(id) || id.Length > 100 ? null : await store.GetAsync(id.Trim(), VersionOptions.Latest, cancellationToken).ConfigureAwait(false);
        if (current is null || !EvidencePart.IsEvidence(current))
        {
            throw Findings.FindingService.NotFound("document", id ?? "");
        }

        if (!caller.MaySee(EvidencePart.GetText(current, EvidencePart.Classification)))
        {
            await access.RefusedAsync(caller, "document", current.ContentItemId, current.ContentItemId, cancellationToken).ConfigureAwait(false);
            throw Findings.FindingService.NotFound("document", id!);
        }

        var prepared = await ingester.PrepareAsync(filePath, cancellationToken).ConfigureAwait(false);
        if (prepared.Outcome is { } refused)
        {
            return new NewVersionOutcome(false, Problem(refused, current.ContentItemId), 0, 0);
        }

        await using (Stream original = prepared.Content is { } content ? new MemoryStream(content, writable: false) : File.OpenRead(prepared.FilePath))
        {
            await blobs.PutAsync(original, cancellationToken).ConfigureAwait(false);
        }

        var fresh = EvidenceItemBuilder.Build(prepared.Document!, prepared.Metadata!, prepared.Sha256!, new IngestSettings(caller.UserName));
        var next = ContentItemJson.Clone(current);
        foreach (var field in FromTheFile)
        {
            next.Content[EvidencePart.PartName]![field] = fresh.Content[EvidencePart.PartName]?[field]?.DeepClone();
        }

        if (EvidencePart.GetDate(fresh, EvidencePart.DocumentDate) is { } date)
        {
            EvidencePart.SetDate(next, EvidencePart.DocumentDate, date);
        }

        next.Author = caller.UserName;
        var known = (await evidence.ListFindingsAsync(current.ContentItemId, cancellationToken).ConfigureAwait(false)).Select(f => Words(f.Text)).ToHashSet(StringComparer.Ordinal);
        var added = prepared.Findings!.Where(f => !known.Contains(Words(f.Text))).Select(f => f with { FindingId = "" }).ToList();
        await store.InTransactionAsync(
            async ct =>
            {
                await evidence.SaveVersionAsync(next, isNew: false, publish: current.Published, prepared.Passages!, ct).ConfigureAwait(false);
                await evidence.AddFindingsAsync(current.ContentItemId, added, ct).ConfigureAwait(false);
                await audit.WriteAsync(caller.UserName, NewVersionAudit, current.ContentItemId, prepared.FileName, ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
        await indexer.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        return new NewVersionOutcome(true, null, prepared.Passages!.Count, added.Count);
    }

    private static string Problem(IngestOutcome refused, string id) => refused.Status switch
    {
        Content.Jobs.IngestionItemStatuses.Duplicate when string.Equals(refused.DocumentId, id, StringComparison.Ordinal) =>
            $"{refused.File}: this file is already one of this document's versions",
        Content.Jobs.IngestionItemStatuses.Duplicate => $"{refused.File}: this file is already held as another document",
        _ => refused.Error ?? $"{refused.File}: the file could not be read",
    };

    private static string Words(string text) => Spaces().Replace(text.Trim().ToLowerInvariant(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

using System.Security.Cryptography;
using Inspection.Content.Audit;
using Inspection.Content.Blobs;
using Inspection.Content.Evidence;
using Inspection.Content.Jobs;
using Inspection.Content.Store;
using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Segmentation;
using Microsoft.Extensions.Logging;

namespace Inspection.Ingestion.Pipeline;

/// <summary>
/// Ingests one file: hash, duplicate check, extraction, enrichment and segmentation first (a rejected file leaves
/// no trace), then the original into the blob store, then item, passages, findings, indexing task and audit line in one transaction.
/// </summary>
public sealed class EvidenceIngester(
    IDocumentExtractor extractor,
    IDocumentEnricher enricher,
    IPassageSegmenter segmenter,
    IBlobStore blobs,
    IContentStore store,
    IEvidenceStore evidence,
    IAuditLog audit,
    ILogger<EvidenceIngester> logger) : IEvidenceIngester
{
    // Files up to this size are read once and kept in memory from hashing to the blob store (most evidence is well under it);
    // larger ones are streamed from disk at each step, so a batch never holds several big files at once.
    private const long InMemoryBytes = 16L * 1024 * 1024;

    public async Task<IngestOutcome> IngestAsync(string filePath, IngestSettings settings, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(filePath, cancellationToken).ConfigureAwait(false);
        return await CommitAsync(prepared, settings, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PreparedFile> PrepareAsync(string filePath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        var fileName = Path.GetFileName(filePath);
        try
        {
            if (!File.Exists(filePath))
            {
                throw new IngestionException(filePath, "the file does not exist");
            }

            // One read serves the hash, the extraction and the blob, which then all see the same bytes.
            var content = new FileInfo(filePath).Length <= InMemoryBytes
                ? await File.ReadAllBytesAsync(filePath, cancellationToken).ConfigureAwait(false)
                : null;
            var sha256 = content is not null
                ? Convert.ToHexStringLower(SHA256.HashData(content))
                : await HashAsync(filePath, cancellationToken).ConfigureAwait(false);
            var existing = await evidence.FindBySourceHashAsync(sha256, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                return new PreparedFile(filePath, Duplicate(fileName, existing));
            }

            ExtractedDocument document;
            if (content is not null)
            {
                using var stream = new MemoryStream(content, writable: false);
                document = extractor.Extract(filePath, stream, cancellationToken);
            }
            else
            {
                document = extractor.Extract(filePath, cancellationToken);
            }

            var metadata = enricher.Enrich(document);
            var passages = segmenter.Segment(document.Blocks).Select(d => d.ToPassage("", "", "")).ToList();
            var findings = metadata.Findings.Select((f, i) => f with { FindingId = FindingIds.Create(sha256, i) }).ToList();
            return new PreparedFile(filePath, null, sha256, document, metadata, passages, findings) { Content = content };
        }
        catch (IngestionException ex)
        {
            LogMessages.Rejected(logger, fileName, ex.Reason);
            return new PreparedFile(filePath, Rejected(fileName, ex.Message));
        }
        catch (IOException ex)
        {
            LogMessages.Rejected(logger, fileName, ex.Message);
            return new PreparedFile(filePath, Rejected(fileName, $"{fileName}: the file could not be read ({ex.Message})"));
        }
        catch (UnauthorizedAccessException ex)
        {
            LogMessages.Rejected(logger, fileName, ex.Message);
            return new PreparedFile(filePath, Rejected(fileName, $"{fileName}: permission denied"));
        }
    }

    public async Task<IngestOutcome> CommitAsync(PreparedFile prepared, IngestSettings settings, Func<IngestOutcome, CancellationToken, Task>? alsoInTransaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(settings);
        if (prepared.Outcome is { } early)
        {
            if (alsoInTransaction is not null)
            {
                await alsoInTransaction(early, cancellationToken).ConfigureAwait(false);
            }

            return early;
        }

        var document = prepared.Document!;
        // The original first: if the transaction then fails, an unreferenced blob is harmless; the reverse would lose the file.
        await using (Stream original = prepared.Content is { } content ? new MemoryStream(content, writable: false) : File.OpenRead(prepared.FilePath))
        {
            await blobs.PutAsync(original, cancellationToken).ConfigureAwait(false);
        }

        var item = EvidenceItemBuilder.Build(document, prepared.Metadata!, prepared.Sha256!, settings);
        var outcome = await store.InTransactionAsync(
            async ct =>
            {
                // Checked again inside the transaction: the same file may have been prepared twice in one batch.
                var existing = await evidence.FindBySourceHashAsync(prepared.Sha256!, ct).ConfigureAwait(false);
                var result = existing is not null
                    ? Duplicate(prepared.FileName, existing)
                    : await SaveAsync(prepared, item, settings, ct).ConfigureAwait(false);
                if (alsoInTransaction is not null)
                {
                    await alsoInTransaction(result, ct).ConfigureAwait(false);
                }

                return result;
            },
            cancellationToken).ConfigureAwait(false);
        if (outcome.Status == IngestionItemStatuses.Created)
        {
            LogMessages.Ingested(logger, prepared.FileName, outcome.DocumentId!, outcome.Passages, outcome.Findings);
        }

        return outcome;
    }

    private async Task<IngestOutcome> SaveAsync(PreparedFile prepared, Content.Model.ContentItem item, IngestSettings settings, CancellationToken cancellationToken)
    {
        var document = prepared.Document!;
        var created = await evidence.CreateEvidenceAsync(item, prepared.Passages!, prepared.Findings!, cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(settings.UserName, "ingest", created.ContentItemId, prepared.FileName, cancellationToken).ConfigureAwait(false);
        var warning = document.HasTextLayer ? null : "no text layer (a scanned document?): kept, but not searchable";
        return new IngestOutcome(prepared.FileName, IngestionItemStatuses.Created, created.ContentItemId, created.ContentType, document.PageCount, prepared.Passages!.Count, prepared.Findings!.Count, null, warning);
    }

    public async Task<IngestOutcome?> HeldAsync(string filePath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        var existing = await evidence.FindBySourceHashAsync(await HashAsync(filePath, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return existing is null ? null : Duplicate(Path.GetFileName(filePath), existing);
    }

    private IngestOutcome Duplicate(string fileName, string existing)
    {
        LogMessages.Duplicate(logger, fileName, existing);
        return new IngestOutcome(fileName, IngestionItemStatuses.Duplicate, existing, null, 0, 0, 0, null, "already held");
    }

    private static IngestOutcome Rejected(string fileName, string error) =>
        new(fileName, IngestionItemStatuses.Rejected, null, null, 0, 0, 0, error);

    private static async Task<string> HashAsync(string filePath, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(filePath);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash);
    }
}

using System.Security.Cryptography;
using Inspection.Content.Audit;
using Inspection.Content.Blobs;
using Inspection.Content.Evidence;
using Inspection.Content.Jobs;
using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Segmentation;
using Microsoft.Extensions.Logging;

namespace Inspection.Ingestion.Pipeline;

/// <summary>
/// Ingests one file: hash, duplicate check, extraction, enrichment and segmentation first (a rejected file leaves
/// no trace), then the original into the blob store, then item, passages, findings and indexing task in one transaction.
/// </summary>
public sealed class EvidenceIngester(
    IDocumentExtractor extractor,
    IDocumentEnricher enricher,
    IPassageSegmenter segmenter,
    IBlobStore blobs,
    IEvidenceStore evidence,
    IAuditLog audit,
    ILogger<EvidenceIngester> logger) : IEvidenceIngester
{
    public async Task<IngestOutcome> IngestAsync(string filePath, IngestSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        ArgumentNullException.ThrowIfNull(settings);
        var fileName = Path.GetFileName(filePath);
        try
        {
            if (!File.Exists(filePath))
            {
                throw new IngestionException(filePath, "the file does not exist");
            }

            var sha256 = await HashAsync(filePath, cancellationToken).ConfigureAwait(false);
            var existing = await evidence.FindBySourceHashAsync(sha256, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                LogMessages.Duplicate(logger, fileName, existing);
                return new IngestOutcome(fileName, IngestionItemStatuses.Duplicate, existing, null, 0, 0, 0, null, "already held");
            }

            var document = extractor.Extract(filePath, cancellationToken);
            var metadata = enricher.Enrich(document);
            var passages = segmenter.Segment(document.Blocks)
                .Select(d => d.ToPassage("", "", ""))
                .ToList();
            var findings = metadata.Findings
                .Select((f, i) => f with { FindingId = FindingIds.Create(sha256, i) })
                .ToList();

            await using (var original = File.OpenRead(filePath))
            {
                await blobs.PutAsync(original, cancellationToken).ConfigureAwait(false);
            }

            var item = EvidenceItemBuilder.Build(document, metadata, sha256, settings);
            var created = await evidence.CreateEvidenceAsync(item, passages, findings, cancellationToken).ConfigureAwait(false);
            await audit.WriteAsync(settings.UserName, "ingest", created.ContentItemId, fileName, cancellationToken).ConfigureAwait(false);
            LogMessages.Ingested(logger, fileName, created.ContentItemId, passages.Count, findings.Count);

            var warning = document.HasTextLayer
                ? null
                : "no text layer (a scanned document?): kept, but not searchable";
            return new IngestOutcome(fileName, IngestionItemStatuses.Created, created.ContentItemId, created.ContentType, document.PageCount, passages.Count, findings.Count, null, warning);
        }
        catch (IngestionException ex)
        {
            LogMessages.Rejected(logger, fileName, ex.Reason);
            return new IngestOutcome(fileName, IngestionItemStatuses.Rejected, null, null, 0, 0, 0, ex.Message);
        }
        catch (IOException ex)
        {
            LogMessages.Rejected(logger, fileName, ex.Message);
            return new IngestOutcome(fileName, IngestionItemStatuses.Rejected, null, null, 0, 0, 0, $"{fileName}: the file could not be read ({ex.Message})");
        }
        catch (UnauthorizedAccessException ex)
        {
            LogMessages.Rejected(logger, fileName, ex.Message);
            return new IngestOutcome(fileName, IngestionItemStatuses.Rejected, null, null, 0, 0, 0, $"{fileName}: permission denied");
        }
    }

    private static async Task<string> HashAsync(string filePath, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(filePath);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash);
    }
}

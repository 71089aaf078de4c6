using Inspection.Content.Evidence;
using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Pipeline;

/// <summary>
/// A file after the CPU work: either its final outcome already (duplicate, rejected) or what is ready to be saved.
/// </summary>
public sealed record PreparedFile(
    string FilePath,
    IngestOutcome? Outcome,
    string? Sha256 = null,
    ExtractedDocument? Document = null,
    DocumentMetadata? Metadata = null,
    IReadOnlyList<Passage>? Passages = null,
    IReadOnlyList<Finding>? Findings = null)
{
    public string FileName => Path.GetFileName(FilePath);
}

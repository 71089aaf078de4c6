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

    /// <summary>The file's bytes as hashed and extracted, when it was small enough to keep; otherwise it is read again from disk.</summary>
    public byte[]? Content { get; init; }
}

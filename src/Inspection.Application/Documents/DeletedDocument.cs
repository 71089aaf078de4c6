using Inspection.Content.Evidence;

namespace Inspection.Application.Documents;

/// <summary>A document in the recycle bin: what it was, when it was deleted, and when it will be purged for good.</summary>
public sealed record DeletedDocument(DocumentSummary Document, DateTime DeletedUtc, DateTime PurgeAfterUtc);

using Inspection.Content.Evidence;
using Inspection.Content.Model;

namespace Inspection.Content.Outbox;

/// <summary>An evidence item as its transaction committed it, with the outbox task written beside it.</summary>
public sealed record CommittedEvidence(IndexingTask Task, ContentItem Item, IReadOnlyList<Passage> Passages, IReadOnlyList<Finding> Findings);

using Inspection.Content.Audit;
using Inspection.Readiness.Findings;

namespace Inspection.Application.Documents;

/// <summary>A document's history: its changes, oldest first; its own findings (with their actions); the findings it is evidence for.</summary>
public sealed record DocumentStory(IReadOnlyList<AuditEntry> Changes, IReadOnlyList<TrackedFinding> OwnFindings, IReadOnlyList<TrackedFinding> EvidenceFor);

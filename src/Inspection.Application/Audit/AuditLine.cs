using Inspection.Content.Audit;

namespace Inspection.Application.Audit;

/// <summary>An audit line as people read it: the event in words, and what it is about by title with where to find it (null when it is gone).</summary>
public sealed record AuditLine(AuditEntry Entry, string Event, string? Subject, string? Link);

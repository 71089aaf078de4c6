namespace Inspection.Content.Audit;

/// <summary>One line of the audit log.</summary>
public sealed record AuditEntry(long Id, DateTime Utc, string UserName, string Action, string? ContentItemId, string? Detail);

namespace Inspection.Content.Archive;

/// <summary>One audit log line as an export writes it (its row id is left out: lines are kept in order instead).</summary>
public sealed record AuditLine(DateTime Utc, string UserName, string Action, string? ContentItemId, string? Detail);

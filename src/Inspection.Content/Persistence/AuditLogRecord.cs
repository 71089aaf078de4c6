namespace Inspection.Content.Persistence;

/// <summary>One audit log line: who did what to which item, when.</summary>
public sealed class AuditLogRecord
{
    public long Id { get; set; }

    public DateTime Utc { get; set; }

    public string UserName { get; set; } = "";

    public string Action { get; set; } = "";

    public string? ContentItemId { get; set; }

    public string? Detail { get; set; }
}

namespace Inspection.Application.Audit;

/// <summary>Which audit lines to show: about one item, by one person, of one event, from and before dates (UTC days); null for any.</summary>
public sealed record AuditQuery(string? Document = null, string? User = null, string? Event = null, DateOnly? From = null, DateOnly? Before = null);

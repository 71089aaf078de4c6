namespace Inspection.Content.Audit;

/// <summary>Records views of restricted evidence, downloads, exports and administrative changes.</summary>
public interface IAuditLog
{
    /// <summary>Appends a line; inside a store transaction it commits or rolls back with it.</summary>
    Task WriteAsync(string userName, string action, string? contentItemId, string? detail, CancellationToken cancellationToken);

    /// <summary>Newest first, at most <paramref name="max"/> lines, optionally about one item only.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(string? contentItemId, int max, CancellationToken cancellationToken);
}

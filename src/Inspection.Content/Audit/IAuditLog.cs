namespace Inspection.Content.Audit;

/// <summary>Records views of restricted evidence, downloads, exports and administrative changes.</summary>
public interface IAuditLog
{
    /// <summary>Appends a line; inside a store transaction it commits or rolls back with it.</summary>
    Task WriteAsync(string userName, string action, string? contentItemId, string? detail, CancellationToken cancellationToken);

    /// <summary>Appends one line per item, all by the same user and action, in one write (a bulk change); transactional as <see cref="WriteAsync"/>.</summary>
    Task WriteManyAsync(string userName, string action, IReadOnlyList<(string ContentItemId, string Detail)> lines, CancellationToken cancellationToken);

    /// <summary>Newest first, at most <paramref name="max"/> lines, optionally about one item only.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(string? contentItemId, int max, CancellationToken cancellationToken);
}

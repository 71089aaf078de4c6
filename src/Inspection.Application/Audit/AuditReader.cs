using Inspection.Content.Audit;
using Inspection.Readiness.Access;

namespace Inspection.Application.Audit;

/// <summary>The audit log as a caller with ViewAuditLog reads it: newest first, details of lines about documents they may not see withheld.</summary>
public sealed class AuditReader(IAuditLog audit, AccessPolicy access)
{
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string? documentId, int max, Caller caller, CancellationToken cancellationToken)
    {
        await access.RequireAsync(caller, Permissions.ViewAuditLog, "read the audit log", cancellationToken).ConfigureAwait(false);
        var entries = await audit.ListAsync(string.IsNullOrWhiteSpace(documentId) ? null : documentId.Trim(), max, cancellationToken).ConfigureAwait(false);
        return await access.AuditEntriesAsync(caller, entries, cancellationToken).ConfigureAwait(false);
    }
}

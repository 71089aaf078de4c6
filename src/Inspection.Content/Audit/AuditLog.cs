using Inspection.Content.Persistence;
using Inspection.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Content.Audit;

/// <summary>The audit log in the store's <c>AuditLog</c> table.</summary>
public sealed class AuditLog(InspectionDbContext db, StoreUnitOfWork unitOfWork) : IAuditLog
{
    public Task WriteAsync(string userName, string action, string? contentItemId, string? detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentException.ThrowIfNullOrEmpty(action);
        return unitOfWork.RunAsync(
            async ct =>
            {
                db.AuditLog.Add(new AuditLogRecord
                {
                    Utc = unitOfWork.UtcNow(),
                    UserName = userName,
                    Action = action,
                    ContentItemId = contentItemId,
                    Detail = detail,
                });
                await db.SaveChangesAsync(ct);
            },
            cancellationToken);
    }

    public Task WriteManyAsync(string userName, string action, IReadOnlyList<(string ContentItemId, string Detail)> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentException.ThrowIfNullOrEmpty(action);
        ArgumentNullException.ThrowIfNull(lines);
        return unitOfWork.RunAsync(
            async ct =>
            {
                var now = unitOfWork.UtcNow();
                db.AuditLog.AddRange(lines.Select(l => new AuditLogRecord
                {
                    Utc = now,
                    UserName = userName,
                    Action = action,
                    ContentItemId = l.ContentItemId,
                    Detail = l.Detail,
                }));
                await db.SaveChangesAsync(ct);
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string? contentItemId, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var query = db.AuditLog.AsNoTracking();
        if (contentItemId is not null)
        {
            query = query.Where(a => a.ContentItemId == contentItemId);
        }

        return await query
            .OrderByDescending(a => a.Id)
            .Take(max)
            .Select(a => new AuditEntry(a.Id, a.Utc, a.UserName, a.Action, a.ContentItemId, a.Detail))
            .ToListAsync(cancellationToken);
    }
}

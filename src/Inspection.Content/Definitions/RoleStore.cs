using System.Text.Json;
using Inspection.Content.Model;
using Inspection.Content.Persistence;
using Inspection.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Content.Definitions;

/// <summary>Roles stored by name, each as the JSON of its definition.</summary>
public sealed class RoleStore(InspectionDbContext db, StoreUnitOfWork unitOfWork) : IRoleStore
{
    public async Task<IReadOnlyList<RoleDefinition>> ListAsync(CancellationToken cancellationToken)
    {
        var records = await db.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        return [.. records.Select(r => JsonSerializer.Deserialize<RoleDefinition>(r.Json, ContentItemJson.Options)
            ?? throw new InvalidOperationException($"Role {r.Name} is stored as null."))];
    }

    public Task SaveAsync(RoleDefinition role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(role);
        return unitOfWork.RunAsync(
            async ct =>
            {
                var record = await db.Roles.FirstOrDefaultAsync(r => r.Name == role.Name, ct);
                if (record is null)
                {
                    record = new RoleRecord { Name = role.Name };
                    db.Roles.Add(record);
                }

                record.Json = JsonSerializer.Serialize(role, ContentItemJson.Options);
                await db.SaveChangesAsync(ct);
            },
            cancellationToken);
    }
}

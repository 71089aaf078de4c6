using System.Text.Json.Nodes;
using Inspection.Content.Model;
using Inspection.Content.Persistence;
using Inspection.Content.Store;
using Microsoft.EntityFrameworkCore;

namespace Inspection.Content.Definitions;

/// <summary>Content type and part definitions kept as the JSON they were imported as.</summary>
public sealed class ContentDefinitionStore(InspectionDbContext db, StoreUnitOfWork unitOfWork, IEvidenceTypeCatalog? types = null) : IContentDefinitionStore
{
    public async Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync(CancellationToken cancellationToken)
    {
        var records = await db.ContentTypeDefinitions.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        return [.. records.Select(ToType)];
    }

    public async Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken)
    {
        var record = await db.ContentTypeDefinitions.AsNoTracking().FirstOrDefaultAsync(t => t.Name == name, cancellationToken);
        return record is null ? null : ToType(record);
    }

    public async Task<IReadOnlyList<ContentPartDefinition>> ListPartsAsync(CancellationToken cancellationToken)
    {
        var records = await db.ContentPartDefinitions.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return [.. records.Select(p => new ContentPartDefinition(p.Name, ParseObject(p.Json)))];
    }

    public Task SaveTypeAsync(ContentTypeDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return unitOfWork.RunAsync(
            async ct =>
            {
                var record = await db.ContentTypeDefinitions.FirstOrDefaultAsync(t => t.Name == definition.Name, ct);
                if (record is null)
                {
                    record = new ContentTypeDefinitionRecord { Name = definition.Name };
                    db.ContentTypeDefinitions.Add(record);
                }

                record.DisplayName = definition.DisplayName;
                record.Json = definition.Json.ToJsonString(ContentItemJson.Options);
                await db.SaveChangesAsync(ct);
                // A type added or changed by a recipe is a filter, an editor and a coverage kind at once.
                unitOfWork.AfterCommit(() => types?.Invalidate());
            },
            cancellationToken);
    }

    public Task SavePartAsync(ContentPartDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return unitOfWork.RunAsync(
            async ct =>
            {
                var record = await db.ContentPartDefinitions.FirstOrDefaultAsync(p => p.Name == definition.Name, ct);
                if (record is null)
                {
                    record = new ContentPartDefinitionRecord { Name = definition.Name };
                    db.ContentPartDefinitions.Add(record);
                }

                record.Json = definition.Json.ToJsonString(ContentItemJson.Options);
                await db.SaveChangesAsync(ct);
            },
            cancellationToken);
    }

    private static ContentTypeDefinition ToType(ContentTypeDefinitionRecord record) =>
        new(record.Name, record.DisplayName, ParseObject(record.Json));

    private static JsonObject ParseObject(string json) =>
        JsonNode.Parse(json) as JsonObject ?? throw new InvalidOperationException("A stored definition is not a JSON object.");
}

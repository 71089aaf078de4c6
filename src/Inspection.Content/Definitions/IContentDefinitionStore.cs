namespace Inspection.Content.Definitions;

/// <summary>Stored content type and part definitions (loaded from recipes, never hard-coded).</summary>
public interface IContentDefinitionStore
{
    Task<IReadOnlyList<ContentTypeDefinition>> ListTypesAsync(CancellationToken cancellationToken);

    Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<ContentPartDefinition>> ListPartsAsync(CancellationToken cancellationToken);

    /// <summary>Inserts or replaces by name.</summary>
    Task SaveTypeAsync(ContentTypeDefinition definition, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces by name.</summary>
    Task SavePartAsync(ContentPartDefinition definition, CancellationToken cancellationToken);
}

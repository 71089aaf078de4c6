namespace Inspection.Content.Definitions;

/// <summary>Stored roles and their permissions.</summary>
public interface IRoleStore
{
    Task<IReadOnlyList<RoleDefinition>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Inserts or replaces by name.</summary>
    Task SaveAsync(RoleDefinition role, CancellationToken cancellationToken);
}

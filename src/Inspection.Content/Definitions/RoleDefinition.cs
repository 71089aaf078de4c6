namespace Inspection.Content.Definitions;

/// <summary>A role and its permissions, as Orchard's <c>Roles</c> recipe step writes it.</summary>
public sealed record RoleDefinition(string Name, string Description, IReadOnlyList<string> Permissions);

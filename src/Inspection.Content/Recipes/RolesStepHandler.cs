using System.Globalization;
using System.Text.Json.Nodes;
using Inspection.Content.Definitions;

namespace Inspection.Content.Recipes;

/// <summary>
/// Orchard's <c>Roles</c> step: <c>Roles</c> with <c>Name</c>, <c>Description</c> and <c>Permissions</c>; the newer
/// <c>PermissionBehavior</c> (<c>Replace</c>, <c>Add</c>, <c>Remove</c>) says how the permissions meet a stored role's.
/// </summary>
public sealed class RolesStepHandler(IRoleStore roles) : IRecipeStepHandler
{
    public string StepName => "Roles";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Property("Roles") is not JsonArray array)
        {
            throw context.Fail("'Roles' must be an array");
        }

        var imported = array.Select((node, i) => ToRole(context, node, i)).ToList();
        var stored = (await roles.ListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(r => r.Name, StringComparer.Ordinal);

        foreach (var (role, behavior) in imported)
        {
            var permissions = role.Permissions;
            if (stored.TryGetValue(role.Name, out var current))
            {
                permissions = behavior switch
                {
                    PermissionBehavior.Add => [.. current.Permissions.Union(role.Permissions, StringComparer.Ordinal)],
                    PermissionBehavior.Remove => [.. current.Permissions.Except(role.Permissions, StringComparer.Ordinal)],
                    _ => permissions,
                };
            }
            else if (behavior == PermissionBehavior.Remove)
            {
                permissions = [];
            }

            var saved = role with { Permissions = permissions };
            await roles.SaveAsync(saved, cancellationToken).ConfigureAwait(false);
            stored[saved.Name] = saved;
            context.Tally.RolesSaved++;
        }
    }

    private static (RoleDefinition Role, PermissionBehavior Behavior) ToRole(RecipeStepContext context, JsonNode? node, int index)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"Roles[{index}]");
        if (node is not JsonObject json)
        {
            throw context.Fail($"{where} is not an object");
        }

        if (json["Name"] is not JsonValue nameValue || !nameValue.TryGetValue<string>(out var name) || string.IsNullOrWhiteSpace(name))
        {
            throw context.Fail($"{where} has no 'Name'");
        }

        var description = json["Description"] switch
        {
            null => "",
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            _ => throw context.Fail($"role '{name}': 'Description' must be a string"),
        };

        var permissions = json["Permissions"] switch
        {
            null => [],
            JsonArray a when a.All(p => p is JsonValue v && v.TryGetValue<string>(out _)) =>
                a.Select(p => p!.GetValue<string>()).Distinct(StringComparer.Ordinal).ToList(),
            _ => throw context.Fail($"role '{name}': 'Permissions' must be an array of permission names"),
        };

        var behavior = json["PermissionBehavior"] switch
        {
            null => PermissionBehavior.Replace,
            JsonValue v when v.TryGetValue<string>(out var s) && Enum.TryParse<PermissionBehavior>(s, ignoreCase: true, out var b) && Enum.IsDefined(b) => b,
            // Orchard serialises the enum as a number when no string converter is configured.
            JsonValue v when v.TryGetValue<int>(out var n) && Enum.IsDefined((PermissionBehavior)n) => (PermissionBehavior)n,
            _ => throw context.Fail($"role '{name}': 'PermissionBehavior' must be Replace, Add or Remove"),
        };

        return (new RoleDefinition(name, description, permissions), behavior);
    }

    private enum PermissionBehavior
    {
        Replace = 0,
        Add = 1,
        Remove = 2,
    }
}

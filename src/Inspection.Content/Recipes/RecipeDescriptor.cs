using System.Text.Json.Nodes;

namespace Inspection.Content.Recipes;

/// <summary>A parsed recipe in Orchard Core's format: its header, its variables and its steps as raw JSON.</summary>
public sealed record RecipeDescriptor(
    string Source,
    string Name,
    string? DisplayName,
    string? Description,
    string? Author,
    string? Website,
    string? Version,
    bool IsSetupRecipe,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Tags,
    JsonObject Variables,
    IReadOnlyList<JsonObject> Steps);

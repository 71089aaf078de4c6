using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inspection.Content.Definitions;
using Inspection.Content.Model;

namespace Inspection.Content.Recipes;

/// <summary>Writes definitions, items and roles as an Orchard Core recipe (the shape a deployment plan's export produces).</summary>
public static class RecipeWriter
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        // The file is read by people and by Orchard, never embedded in HTML: keep accents and apostrophes legible.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject Build(
        RecipeExportOptions options,
        IEnumerable<ContentTypeDefinition> types,
        IEnumerable<ContentPartDefinition> parts,
        IEnumerable<ContentItem> items,
        IEnumerable<RoleDefinition> roles)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(roles);

        var steps = new JsonArray
        {
            new JsonObject
            {
                ["name"] = "ContentDefinition",
                ["ContentTypes"] = new JsonArray([.. types.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => t.Json.DeepClone())]),
                ["ContentParts"] = new JsonArray([.. parts.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Json.DeepClone())]),
            },
            new JsonObject
            {
                ["name"] = "Content",
                ["data"] = new JsonArray([.. items.Select(ToJson)]),
            },
            new JsonObject
            {
                ["name"] = "Roles",
                ["Roles"] = new JsonArray([.. roles.OrderBy(r => r.Name, StringComparer.Ordinal).Select(ToJson)]),
            },
        };

        return new JsonObject
        {
            ["name"] = options.Name,
            ["displayName"] = options.DisplayName ?? options.Name,
            ["description"] = options.Description ?? "",
            ["author"] = options.Author ?? "",
            ["website"] = options.Website ?? "",
            ["version"] = options.Version,
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray([.. options.Categories.Select(c => JsonValue.Create(c))]),
            ["tags"] = new JsonArray([.. options.Tags.Select(t => JsonValue.Create(t))]),
            ["steps"] = steps,
        };
    }

    public static async Task WriteAsync(JsonObject recipe, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        await JsonSerializer.SerializeAsync(destination, recipe, WriteOptions, cancellationToken).ConfigureAwait(false);
    }

    public static string ToJsonString(JsonObject recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        return recipe.ToJsonString(WriteOptions);
    }

    /// <summary>The item in Orchard's shape: common properties first, then one property per part.</summary>
    public static JsonObject ToJson(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);

        // Built here rather than through the serializer so the export always writes UTC instants with their "Z".
        var json = new JsonObject
        {
            ["ContentItemId"] = item.ContentItemId,
            ["ContentItemVersionId"] = item.ContentItemVersionId,
            ["ContentType"] = item.ContentType,
            ["DisplayText"] = item.DisplayText,
            ["Latest"] = item.Latest,
            ["Published"] = item.Published,
            ["ModifiedUtc"] = Utc(item.ModifiedUtc),
            ["PublishedUtc"] = Utc(item.PublishedUtc),
            ["CreatedUtc"] = Utc(item.CreatedUtc),
            ["Owner"] = item.Owner,
            ["Author"] = item.Author,
        };

        foreach (var (name, value) in item.Content)
        {
            json[name] = value?.DeepClone();
        }

        return json;
    }

    // The columns are UTC by name; a store that loses DateTimeKind must not make the export drop its "Z".
    private static JsonValue? Utc(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Unspecified } unspecified => JsonValue.Create(DateTime.SpecifyKind(unspecified, DateTimeKind.Utc)),
        _ => JsonValue.Create(value.Value),
    };

    private static JsonObject ToJson(RoleDefinition role) => new()
    {
        ["Name"] = role.Name,
        ["Description"] = role.Description,
        ["Permissions"] = new JsonArray([.. role.Permissions.Select(p => JsonValue.Create(p))]),
    };
}

using System.Globalization;
using System.Text.Json.Nodes;
using Inspection.Content.Definitions;

namespace Inspection.Content.Recipes;

/// <summary>Orchard's <c>ContentDefinition</c> step: saves each <c>ContentTypes</c> and <c>ContentParts</c> record as imported.</summary>
public sealed class ContentDefinitionStepHandler(IContentDefinitionStore definitions) : IRecipeStepHandler
{
    public string StepName => "ContentDefinition";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var types = Records(context, "ContentTypes");
        var parts = Records(context, "ContentParts");

        // Check every record before saving any, so the error names the first bad record, not a half-saved step.
        var typeDefinitions = types.Select((t, i) => ToType(context, t, i)).ToList();
        var partDefinitions = parts.Select((p, i) => ToPart(context, p, i)).ToList();

        // Differs from Orchard: a record replaces the stored one instead of merging into it, so export gives back exactly what was imported.
        foreach (var part in partDefinitions)
        {
            await definitions.SavePartAsync(part, cancellationToken).ConfigureAwait(false);
            context.Tally.PartsSaved++;
        }

        foreach (var type in typeDefinitions)
        {
            await definitions.SaveTypeAsync(type, cancellationToken).ConfigureAwait(false);
            context.Tally.TypesSaved++;
        }
    }

    private static List<JsonObject> Records(RecipeStepContext context, string property)
    {
        switch (context.Property(property))
        {
            case null:
                return [];
            case JsonArray array:
                var records = new List<JsonObject>(array.Count);
                for (var i = 0; i < array.Count; i++)
                {
                    records.Add(array[i] as JsonObject
                        ?? throw context.Fail(string.Create(CultureInfo.InvariantCulture, $"{property}[{i}] is not an object")));
                }

                return records;
            default:
                throw context.Fail($"'{property}' must be an array");
        }
    }

    private static ContentTypeDefinition ToType(RecipeStepContext context, JsonObject record, int index)
    {
        var name = RequiredText(context, record, "Name", $"ContentTypes[{index}]");
        var where = $"content type '{name}'";
        var displayName = OptionalText(context, record, "DisplayName", where) ?? name;
        CheckSettings(context, record, where);
        foreach (var (partRecord, i) in Children(context, record, "ContentTypePartDefinitionRecords", where))
        {
            var partWhere = $"{where}, part {i}";
            var partName = RequiredText(context, partRecord, "PartName", partWhere);
            if (partRecord["Name"] is not null)
            {
                RequiredText(context, partRecord, "Name", $"{where}, part '{partName}'");
            }

            CheckSettings(context, partRecord, $"{where}, part '{partName}'");
        }

        return new ContentTypeDefinition(name, displayName, (JsonObject)record.DeepClone());
    }

    private static ContentPartDefinition ToPart(RecipeStepContext context, JsonObject record, int index)
    {
        var name = RequiredText(context, record, "Name", $"ContentParts[{index}]");
        var where = $"content part '{name}'";
        CheckSettings(context, record, where);
        foreach (var (fieldRecord, i) in Children(context, record, "ContentPartFieldDefinitionRecords", where))
        {
            var fieldName = RequiredText(context, fieldRecord, "FieldName", $"{where}, field {i}");
            RequiredText(context, fieldRecord, "Name", $"{where}, field of type '{fieldName}'");
            CheckSettings(context, fieldRecord, $"{where}, field '{fieldRecord["Name"]}'");
        }

        return new ContentPartDefinition(name, (JsonObject)record.DeepClone());
    }

    private static IEnumerable<(JsonObject Record, int Index)> Children(RecipeStepContext context, JsonObject record, string property, string where)
    {
        switch (record[property])
        {
            case null:
                yield break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array[i] as JsonObject
                        ?? throw context.Fail(string.Create(CultureInfo.InvariantCulture, $"{where}: {property}[{i}] is not an object")), i);
                }

                break;
            default:
                throw context.Fail($"{where}: '{property}' must be an array");
        }
    }

    private static void CheckSettings(RecipeStepContext context, JsonObject record, string where)
    {
        if (record["Settings"] is not (null or JsonObject))
        {
            throw context.Fail($"{where}: 'Settings' must be an object");
        }
    }

    private static string RequiredText(RecipeStepContext context, JsonObject record, string property, string where) =>
        OptionalText(context, record, property, where) is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw context.Fail($"{where} has no '{property}'");

    private static string? OptionalText(RecipeStepContext context, JsonObject record, string property, string where) => record[property] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw context.Fail($"{where}: '{property}' must be a string"),
    };
}

using System.Globalization;
using System.Text.Json.Nodes;
using Inspection.Content.Definitions;

namespace Inspection.Application.Items;

/// <summary>
/// Builds a content type's editor from its definition (its parts in position order, each part's fields in position
/// order): nothing about a type's form is written in code, so a type or field added by recipe gets its editor at once.
/// </summary>
public sealed class TypeEditors(IContentDefinitionStore definitions)
{
    public async Task<TypeEditor?> ForTypeAsync(string typeName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        var type = await definitions.GetTypeAsync(typeName, cancellationToken).ConfigureAwait(false);
        if (type is null)
        {
            return null;
        }

        var parts = (await definitions.ListPartsAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Name, StringComparer.Ordinal);
        var settings = type.Json["Settings"]?["ContentTypeSettings"] as JsonObject;
        var fields = new List<EditorField>();
        var records = (type.Json["ContentTypePartDefinitionRecords"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .OrderBy(r => Position(r["Settings"]?["ContentTypePartSettings"]?["Position"]));
        foreach (var record in records)
        {
            var partName = record["PartName"]?.GetValue<string>() ?? "";
            var name = record["Name"]?.GetValue<string>() ?? partName;
            if (partName == EditorField.TitleType)
            {
                fields.Add(new EditorField(name, "Title", EditorField.TitleType, "Standard", "Title", "What the document is called", true, [], null));
            }
            else if (partName == EditorField.MarkdownType)
            {
                fields.Add(new EditorField(name, "Markdown", EditorField.MarkdownType, "Markdown", "Text",
                    "Write in plain words; Markdown is understood: ## for a heading, - for a list item, **bold**", false, [], null));
            }
            else if (parts.TryGetValue(partName, out var part))
            {
                fields.AddRange(Fields(name, part.Json));
            }
        }

        return new TypeEditor(
            type.Name,
            string.IsNullOrWhiteSpace(type.DisplayName) ? type.Name : type.DisplayName,
            Text(settings?["Description"]) ?? "",
            Flag(settings?["Creatable"]),
            Flag(settings?["Draftable"]),
            fields);
    }

    /// <summary>The creatable types people may write here, by display name.</summary>
    public async Task<IReadOnlyList<TypeEditor>> CreatableAsync(CancellationToken cancellationToken)
    {
        var result = new List<TypeEditor>();
        foreach (var type in await definitions.ListTypesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await ForTypeAsync(type.Name, cancellationToken).ConfigureAwait(false) is { Creatable: true } editor
                && editor.Fields.Any(f => f.FieldType == EditorField.MarkdownType))
            {
                result.Add(editor);
            }
        }

        return [.. result.OrderBy(t => t.DisplayName, StringComparer.Ordinal)];
    }

    private static IEnumerable<EditorField> Fields(string partName, JsonObject part)
    {
        var records = (part["ContentPartFieldDefinitionRecords"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .OrderBy(r => Position(r["Settings"]?["ContentPartFieldSettings"]?["Position"]));
        foreach (var record in records)
        {
            var fieldType = Text(record["FieldName"]) ?? "TextField";
            var name = Text(record["Name"]) ?? "";
            var settings = record["Settings"] as JsonObject;
            var common = settings?["ContentPartFieldSettings"] as JsonObject;
            var own = settings?[$"{fieldType}Settings"] as JsonObject;
            var editor = Text(common?["Editor"]) ?? "Standard";
            var list = settings?["TextFieldPredefinedListEditorSettings"] as JsonObject;
            var options = (list?["Options"] as JsonArray ?? own?["Options"] as JsonArray ?? [])
                .Select(o => o is JsonObject choice
                    ? new EditorOption(Text(choice["name"]) ?? Text(choice["value"]) ?? "", Text(choice["value"]) ?? "")
                    : new EditorOption(Text(o) ?? "", Text(o) ?? ""))
                .Where(o => o.Value.Length > 0)
                .ToList();
            yield return new EditorField(
                partName,
                name,
                fieldType,
                editor,
                Text(common?["DisplayName"]) ?? name,
                Text(own?["Hint"]) ?? "",
                Flag(own?["Required"]),
                options,
                Text(list?["DefaultValue"]));
        }
    }

    private static int Position(JsonNode? node) =>
        int.TryParse(Text(node), NumberStyles.Integer, CultureInfo.InvariantCulture, out var position) ? position : int.MaxValue;

    private static string? Text(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var text) => string.IsNullOrWhiteSpace(text) ? null : text,
        JsonValue v when v.TryGetValue<int>(out var number) => number.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private static bool Flag(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<bool>(out var flag) => flag,
        JsonValue v when v.TryGetValue<string>(out var text) => bool.TryParse(text, out var parsed) && parsed,
        _ => false,
    };
}

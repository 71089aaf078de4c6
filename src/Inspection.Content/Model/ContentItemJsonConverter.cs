using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Inspection.Content.Model;

/// <summary>
/// Writes a content item as Orchard does: the common properties, then one property per part.
/// System.Text.Json writes a <c>[JsonExtensionData] JsonObject</c> as a nameless nested object, which is not JSON
/// (dotnet/runtime#60806), so the item is converted by hand.
/// </summary>
public sealed class ContentItemJsonConverter : JsonConverter<ContentItem>
{
    private static readonly HashSet<string> CommonProperties = new(StringComparer.Ordinal)
    {
        nameof(ContentItem.ContentItemId),
        nameof(ContentItem.ContentItemVersionId),
        nameof(ContentItem.ContentType),
        nameof(ContentItem.DisplayText),
        nameof(ContentItem.Latest),
        nameof(ContentItem.Published),
        nameof(ContentItem.ModifiedUtc),
        nameof(ContentItem.PublishedUtc),
        nameof(ContentItem.CreatedUtc),
        nameof(ContentItem.Owner),
        nameof(ContentItem.Author),
    };

    public override ContentItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (JsonNode.Parse(ref reader) is not JsonObject json)
        {
            throw new JsonException("A content item must be a JSON object.");
        }

        var item = new ContentItem
        {
            ContentItemId = ReadString(json, nameof(ContentItem.ContentItemId)) ?? "",
            ContentItemVersionId = ReadString(json, nameof(ContentItem.ContentItemVersionId)) ?? "",
            ContentType = ReadString(json, nameof(ContentItem.ContentType)) ?? "",
            DisplayText = ReadString(json, nameof(ContentItem.DisplayText)) ?? "",
            Latest = ReadBool(json, nameof(ContentItem.Latest)),
            Published = ReadBool(json, nameof(ContentItem.Published)),
            ModifiedUtc = ReadDate(json, nameof(ContentItem.ModifiedUtc)),
            PublishedUtc = ReadDate(json, nameof(ContentItem.PublishedUtc)),
            CreatedUtc = ReadDate(json, nameof(ContentItem.CreatedUtc)),
            Owner = ReadString(json, nameof(ContentItem.Owner)),
            Author = ReadString(json, nameof(ContentItem.Author)),
        };
        foreach (var name in CommonProperties)
        {
            json.Remove(name);
        }

        // What is left is the parts, kept as parsed so unknown ones round-trip untouched.
        item.Content = json;
        return item;
    }

    public override void Write(Utf8JsonWriter writer, ContentItem value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString(nameof(ContentItem.ContentItemId), value.ContentItemId);
        writer.WriteString(nameof(ContentItem.ContentItemVersionId), value.ContentItemVersionId);
        writer.WriteString(nameof(ContentItem.ContentType), value.ContentType);
        writer.WriteString(nameof(ContentItem.DisplayText), value.DisplayText ?? "");
        writer.WriteBoolean(nameof(ContentItem.Latest), value.Latest);
        writer.WriteBoolean(nameof(ContentItem.Published), value.Published);
        WriteDate(writer, nameof(ContentItem.ModifiedUtc), value.ModifiedUtc);
        WriteDate(writer, nameof(ContentItem.PublishedUtc), value.PublishedUtc);
        WriteDate(writer, nameof(ContentItem.CreatedUtc), value.CreatedUtc);
        WriteOptionalString(writer, nameof(ContentItem.Owner), value.Owner);
        WriteOptionalString(writer, nameof(ContentItem.Author), value.Author);
        foreach (var (name, node) in value.Content)
        {
            if (CommonProperties.Contains(name))
            {
                continue;
            }

            writer.WritePropertyName(name);
            if (node is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                node.WriteTo(writer, options);
            }
        }

        writer.WriteEndObject();
    }

    private static string? ReadString(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static bool ReadBool(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    private static DateTime? ReadDate(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<DateTime>(out var date) ? date : null;

    private static void WriteDate(Utf8JsonWriter writer, string name, DateTime? value)
    {
        if (value is { } date)
        {
            writer.WriteString(name, date);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteOptionalString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}

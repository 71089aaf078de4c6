using System.Text.Encodings.Web;
using System.Text.Json;

namespace Inspection.Content.Model;

/// <summary>Reads and writes content items in Orchard Core's JSON shape; the store keeps each version's document in this form.</summary>
public static class ContentItemJson
{
    /// <summary>Property names as declared (PascalCase, like Orchard), non-ASCII text kept readable.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Serialize(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return JsonSerializer.Serialize(item, Options);
    }

    public static ContentItem Deserialize(string json) =>
        JsonSerializer.Deserialize<ContentItem>(json, Options)
            ?? throw new JsonException("A content item document was null.");

    /// <summary>A deep copy through JSON, so a caller's instance is never changed by the store.</summary>
    public static ContentItem Clone(ContentItem item) => Deserialize(Serialize(item));
}

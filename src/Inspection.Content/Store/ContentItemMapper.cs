using System.Globalization;
using System.Text.Json.Nodes;
using Inspection.Content.Evidence;
using Inspection.Content.Model;
using Inspection.Content.Persistence;

namespace Inspection.Content.Store;

/// <summary>Moves a content item version between its Orchard JSON document and its row.</summary>
internal static class ContentItemMapper
{
    public static ContentItemRecord ToRecord(ContentItem item)
    {
        var record = new ContentItemRecord();
        Write(record, item);
        return record;
    }

    /// <summary>Copies the item into the row: common columns, the EvidencePart index columns and the document.</summary>
    public static void Write(ContentItemRecord record, ContentItem item)
    {
        record.ContentItemId = item.ContentItemId;
        record.ContentItemVersionId = item.ContentItemVersionId;
        record.ContentType = item.ContentType;
        record.DisplayText = item.DisplayText ?? "";
        record.Latest = item.Latest;
        record.Published = item.Published;
        record.Owner = item.Owner;
        record.Author = item.Author;
        record.CreatedUtc = item.CreatedUtc;
        record.ModifiedUtc = item.ModifiedUtc;
        record.PublishedUtc = item.PublishedUtc;
        record.DocumentDate = ReadDate(item);
        record.Classification = ReadText(item, EvidencePart.Classification);
        record.Organisation = ReadText(item, EvidencePart.Organisation);
        record.SourceHash = ReadText(item, EvidencePart.SourceHash)?.ToLowerInvariant();
        record.Document = ContentItemJson.Serialize(item);
    }

    /// <summary>The version as stored; the columns win over the document for the flags the store changes in place.</summary>
    public static ContentItem ToItem(ContentItemRecord record)
    {
        var item = ContentItemJson.Deserialize(record.Document);
        item.ContentItemId = record.ContentItemId;
        item.ContentItemVersionId = record.ContentItemVersionId;
        item.Latest = record.Latest;
        item.Published = record.Published;
        item.PublishedUtc = record.PublishedUtc;
        return item;
    }

    /// <summary>Changes the flags of a stored version and keeps its document in step.</summary>
    public static void SetState(ContentItemRecord record, bool latest, bool published, DateTime? publishedUtc)
    {
        var item = ToItem(record);
        item.Latest = latest;
        item.Published = published;
        item.PublishedUtc = publishedUtc;
        record.Latest = latest;
        record.Published = published;
        record.PublishedUtc = publishedUtc;
        record.Document = ContentItemJson.Serialize(item);
    }

    // Read leniently: a recipe may carry an EvidencePart whose fields have other shapes; the columns are only an index.
    private static string? ReadText(ContentItem item, string field) =>
        item.Content[EvidencePart.PartName]?[field] is JsonObject value
            && value["Text"] is JsonValue text
            && text.TryGetValue<string>(out var result)
            && result.Length > 0
                ? result
                : null;

    private static DateOnly? ReadDate(ContentItem item) =>
        item.Content[EvidencePart.PartName]?[EvidencePart.DocumentDate] is JsonObject value
            && value["Value"] is JsonValue date
            && date.TryGetValue<string>(out var text)
            && text.Length >= 10
            && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : null;
}

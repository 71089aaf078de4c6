using System.Globalization;
using System.Text.Json.Nodes;
using Inspection.Content.Model;

namespace Inspection.Content.Evidence;

/// <summary>
/// Reads and writes the <c>EvidencePart</c> of a content item. Fields use Orchard's field shapes
/// (TextField <c>{"Text"}</c>, DateField <c>{"Value"}</c>, NumericField <c>{"Value"}</c>, MultiTextField <c>{"Values"}</c>)
/// so that an exported item imports into an Orchard site whose EvidencePart has the same fields.
/// </summary>
public static class EvidencePart
{
    public const string PartName = "EvidencePart";

    public const string DocumentDate = "DocumentDate";
    public const string Organisation = "Organisation";
    public const string ServiceArea = "ServiceArea";
    public const string Classification = "Classification";
    public const string Themes = "Themes";
    public const string SourceFileName = "SourceFileName";
    public const string SourceHash = "SourceHash";
    public const string MediaType = "MediaType";
    public const string Pages = "Pages";
    public const string Status = "Status";
    public const string VisitKind = "VisitKind";

    /// <summary>Pages read by OCR, their mean word confidence (0-100), and why any page without text was not read.</summary>
    public const string OcrPages = "OcrPages";
    public const string OcrConfidence = "OcrConfidence";
    public const string OcrNote = "OcrNote";

    /// <summary>True for evidence (items carrying an EvidencePart), false for frameworks, themes and other configuration items.</summary>
    public static bool IsEvidence(ContentItem item) => item?.Content[PartName] is JsonObject;

    public static string? GetText(ContentItem item, string field) =>
        Field(item, field)?["Text"]?.GetValue<string>();

    public static void SetText(ContentItem item, string field, string? value) =>
        Part(item)[field] = new JsonObject { ["Text"] = value };

    public static DateOnly? GetDate(ContentItem item, string field)
    {
        var text = Field(item, field)?["Value"]?.GetValue<string>();
        return text is { Length: >= 10 }
            ? DateOnly.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    public static void SetDate(ContentItem item, string field, DateOnly? value) =>
        Part(item)[field] = new JsonObject
        {
            ["Value"] = value?.ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture),
        };

    public static decimal? GetNumber(ContentItem item, string field) =>
        Field(item, field)?["Value"]?.GetValue<decimal?>();

    public static void SetNumber(ContentItem item, string field, decimal? value) =>
        Part(item)[field] = new JsonObject { ["Value"] = value };

    public static IReadOnlyList<string> GetValues(ContentItem item, string field) =>
        Field(item, field)?["Values"] is JsonArray values
            ? [.. values.Select(v => v?.GetValue<string>()).OfType<string>()]
            : [];

    public static void SetValues(ContentItem item, string field, IEnumerable<string> values) =>
        Part(item)[field] = new JsonObject { ["Values"] = new JsonArray([.. values.Select(v => JsonValue.Create(v))]) };

    private static JsonObject? Field(ContentItem item, string field) =>
        item.Content[PartName]?[field] as JsonObject;

    private static JsonObject Part(ContentItem item)
    {
        if (item.Content[PartName] is not JsonObject part)
        {
            part = [];
            item.Content[PartName] = part;
        }

        return part;
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Inspection.Content.Model;

namespace Inspection.Readiness.Findings;

/// <summary>
/// Reads the <c>Action</c> part of an Action content item as the setup recipe defines it (Owner TextField, DueDate
/// DateField, RagRating TextField), in Orchard's field shapes.
/// </summary>
public static class ActionFields
{
    public const string ContentType = "Action";
    public const string PartName = "Action";

    public static string? Owner(ContentItem item) => Text(item, "Owner");

    public static string? Rag(ContentItem item) => Text(item, "RagRating");

    /// <summary>The comment saved with this version (why the rating changed); not carried to the next version.</summary>
    public static string? Comment(ContentItem item) => Text(item, "Comment");

    public static DateOnly? DueDate(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = (item.Content[PartName]?["DueDate"] as JsonObject)?["Value"]?.GetValue<string>();
        return text is { Length: >= 10 }
            && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    /// <summary>The item's title: its TitlePart, else its display text.</summary>
    public static string Title(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var title = item.Content["TitlePart"]?["Title"]?.GetValue<string>();
        return string.IsNullOrWhiteSpace(title) ? item.DisplayText : title;
    }

    private static string? Text(ContentItem item, string field)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = (item.Content[PartName]?[field] as JsonObject)?["Text"]?.GetValue<string>();
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}

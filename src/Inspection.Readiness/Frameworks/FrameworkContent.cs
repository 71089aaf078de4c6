using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Inspection.Content.Model;

namespace Inspection.Readiness.Frameworks;

/// <summary>How frameworks and themes are held as content items (<c>Framework</c> and <c>FrameworkTheme</c>), with ids derived from the theme id.</summary>
public static class FrameworkContent
{
    public const string FrameworkType = "Framework";
    public const string ThemeType = "FrameworkTheme";
    public const string FrameworkPartName = "FrameworkPart";
    public const string ThemePartName = "FrameworkThemePart";

    /// <summary>A stable 26-character content item id for a framework or theme id: re-importing a recipe finds the same item.</summary>
    public static string StableId(string contentType, string id)
    {
        ArgumentNullException.ThrowIfNull(contentType);
        ArgumentNullException.ThrowIfNull(id);
        return ContentIds.FromName(contentType + ":" + id);
    }

    public static ContentItem ToItem(FrameworkDefinition framework, int position)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var item = new ContentItem
        {
            ContentItemId = StableId(FrameworkType, framework.Id),
            ContentType = FrameworkType,
            DisplayText = framework.Title,
        };
        item.Content["TitlePart"] = new JsonObject { ["Title"] = framework.Title };
        item.Content[FrameworkPartName] = new JsonObject
        {
            ["Id"] = framework.Id,
            ["Title"] = framework.Title,
            ["Description"] = framework.Description,
            ["Source"] = framework.Source,
            ["Checked"] = framework.Checked?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Position"] = position,
        };
        return item;
    }

    public static ContentItem ToItem(ThemeDefinition theme, int position)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var item = new ContentItem
        {
            ContentItemId = StableId(ThemeType, theme.Id),
            ContentType = ThemeType,
            DisplayText = theme.Title,
        };
        item.Content["TitlePart"] = new JsonObject { ["Title"] = theme.Title };
        item.Content[ThemePartName] = new JsonObject
        {
            ["Id"] = theme.Id,
            ["FrameworkId"] = theme.FrameworkId,
            ["ParentId"] = theme.ParentId,
            ["Title"] = theme.Title,
            ["Criteria"] = theme.Criteria,
            ["KeyPhrases"] = new JsonArray([.. theme.KeyPhrases.Select(p => (JsonNode)new JsonObject { ["Text"] = p.Text, ["Weight"] = p.Weight })]),
            ["Query"] = theme.Query,
            ["Position"] = position,
        };
        return item;
    }

    /// <summary>The framework an item holds and its position in the catalog, or null when the item has no readable <c>FrameworkPart</c>.</summary>
    public static (FrameworkDefinition Framework, int Position)? ReadFramework(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Content[FrameworkPartName] is not JsonObject part || Text(part, "Id") is not { Length: > 0 } id)
        {
            return null;
        }

        var framework = new FrameworkDefinition(id, Text(part, "Title") ?? item.DisplayText, Text(part, "Description"), [])
        {
            Source = Text(part, "Source"),
            Checked = Text(part, "Checked") is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
        };
        return (framework, Position(part));
    }

    /// <summary>The theme an item holds and its position, or null when the item has no readable <c>FrameworkThemePart</c>.</summary>
    public static (ThemeDefinition Theme, int Position)? ReadTheme(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Content[ThemePartName] is not JsonObject part
            || Text(part, "Id") is not { Length: > 0 } id
            || Text(part, "FrameworkId") is not { Length: > 0 } frameworkId)
        {
            return null;
        }

        var phrases = part["KeyPhrases"] is JsonArray array
            ? array.OfType<JsonObject>()
                .Select(p => (Text: Text(p, "Text"), Weight: p["Weight"] is JsonValue w && w.TryGetValue<double>(out var weight) ? (float)weight : 1f))
                .Where(p => !string.IsNullOrWhiteSpace(p.Text))
                .Select(p => new KeyPhrase(p.Text!, p.Weight))
                .ToList()
            : [];
        var theme = new ThemeDefinition(
            id,
            frameworkId,
            Text(part, "ParentId"),
            Text(part, "Title") ?? item.DisplayText,
            Text(part, "Criteria"),
            phrases,
            Text(part, "Query"));
        return (theme, Position(part));
    }

    private static string? Text(JsonObject part, string name) =>
        part[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static int Position(JsonObject part) =>
        part["Position"] is JsonValue value && value.TryGetValue<int>(out var position) ? position : int.MaxValue;
}

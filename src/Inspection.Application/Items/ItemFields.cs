using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Inspection.Content.Model;

namespace Inspection.Application.Items;

/// <summary>
/// Reads and writes an item's fields as its editor lists them, in Orchard's shapes (TitlePart <c>{"Title"}</c>,
/// MarkdownBodyPart <c>{"Markdown"}</c>, TextField <c>{"Text"}</c>, DateField <c>{"Value"}</c>, NumericField
/// <c>{"Value"}</c>, MultiTextField <c>{"Values"}</c>); form values are text, dates as 31/03/2024, lists one value each.
/// </summary>
public static class ItemFields
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The field's id on a form and in error lists ("evidencepart-documentdate").</summary>
    public static string Id(EditorField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Key.Replace('.', '-').ToLowerInvariant();
    }

    public static Dictionary<string, IReadOnlyList<string>> Read(ContentItem item, TypeEditor editor)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(editor);
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in editor.Fields)
        {
            var node = item.Content[field.Part]?[field.Field];
            values[field.Key] = field.FieldType switch
            {
                EditorField.TitleType => [item.Content[field.Part]?["Title"]?.GetValue<string>() ?? item.DisplayText],
                EditorField.MarkdownType => [item.Content[field.Part]?["Markdown"]?.GetValue<string>() ?? ""],
                "DateField" => [FormatDate(node?["Value"]?.GetValue<string>())],
                "NumericField" => [node?["Value"] is JsonValue number && number.TryGetValue<decimal>(out var n) ? n.ToString(CultureInfo.InvariantCulture) : ""],
                "MultiTextField" => [.. (node?["Values"] as JsonArray ?? []).Select(v => v?.GetValue<string>()).OfType<string>()],
                _ => [node?["Text"]?.GetValue<string>() ?? ""],
            };
        }

        return values;
    }

    /// <summary>Checks the values against each field's definition; errors are keyed by the field's id.</summary>
    public static Dictionary<string, string> Validate(TypeEditor editor, IReadOnlyDictionary<string, IReadOnlyList<string>> values, ISet<string> knownThemes)
    {
        ArgumentNullException.ThrowIfNull(editor);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(knownThemes);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in editor.Fields.Where(f => !f.ReadOnly))
        {
            var given = Given(field, values);
            var id = Id(field);
            if (field.Required && given.Count == 0)
            {
                errors[id] = $"Enter {Lower(field.DisplayName)}";
                continue;
            }

            var first = given.FirstOrDefault();
            if (first is null)
            {
                continue;
            }

            if (field.FieldType == "DateField" && !TryDate(first, out _))
            {
                errors[id] = Content.Model.DateInput.Mistake(first, Lower(field.DisplayName), Content.Model.DateInput.DayExample);
            }
            else if (field.FieldType == "NumericField" && !decimal.TryParse(first, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            {
                errors[id] = $"Enter {Lower(field.DisplayName)} as a number";
            }
            else if (field.Options.Count > 0 && given.Any(g => !field.Options.Any(o => string.Equals(o.Value, g, StringComparison.Ordinal))))
            {
                errors[id] = $"Choose {Lower(field.DisplayName)} from the list";
            }
            else if (field.Editor == "ThemePicker" && given.FirstOrDefault(g => !knownThemes.Contains(g.Trim('/'))) is { } unknown)
            {
                errors[id] = $"'{unknown}' is not a framework or theme";
            }
            else if (field.FieldType is "TextField" or EditorField.TitleType && first.Length > (field.Editor == "TextArea" ? 20_000 : 300))
            {
                errors[id] = $"{field.DisplayName} is too long";
            }
            else if (field.FieldType == EditorField.MarkdownType && first.Length > 500_000)
            {
                errors[id] = "The text is too long: split it into several documents";
            }
        }

        return errors;
    }

    /// <summary>Writes the (valid) values into the item; read-only fields are left as they are.</summary>
    public static void Write(ContentItem item, TypeEditor editor, IReadOnlyDictionary<string, IReadOnlyList<string>> values)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(editor);
        ArgumentNullException.ThrowIfNull(values);
        foreach (var field in editor.Fields.Where(f => !f.ReadOnly))
        {
            var given = Given(field, values);
            var first = given.FirstOrDefault();
            var part = Part(item, field.Part);
            switch (field.FieldType)
            {
                case EditorField.TitleType:
                    part["Title"] = first ?? "";
                    item.DisplayText = first ?? "";
                    break;
                case EditorField.MarkdownType:
                    // The body keeps its own line breaks and spacing.
                    part["Markdown"] = values.TryGetValue(field.Key, out var body) ? string.Join('\n', body).ReplaceLineEndings("\n").Trim() : "";
                    break;
                case "DateField":
                    part[field.Field] = new JsonObject { ["Value"] = first is not null && TryDate(first, out var date) ? date.ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture) : null };
                    break;
                case "NumericField":
                    part[field.Field] = new JsonObject { ["Value"] = first is not null && decimal.TryParse(first, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null };
                    break;
                case "MultiTextField":
                    part[field.Field] = new JsonObject { ["Values"] = new JsonArray([.. given.Select(g => JsonValue.Create(g.Trim('/')))]) };
                    break;
                default:
                    part[field.Field] = new JsonObject { ["Text"] = first };
                    break;
            }
        }
    }

    /// <summary>The item as a reader would go through it, one field per line and the text after: what a comparison of versions shows.</summary>
    public static string Describe(ContentItem item, TypeEditor editor, Func<string, string>? themeTitle = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(editor);
        var values = Read(item, editor);
        var text = new StringBuilder();
        text.Append("Kind: ").Append(editor.DisplayName).Append('\n');
        foreach (var field in editor.Fields.Where(f => f.FieldType != EditorField.MarkdownType))
        {
            var given = values[field.Key].Where(x => x.Length > 0);
            var value = string.Join(", ", field.Editor == "ThemePicker" && themeTitle is not null ? given.Select(themeTitle) : given);
            if (value.Length > 0)
            {
                text.Append(field.DisplayName).Append(": ").Append(value.ReplaceLineEndings(" ")).Append('\n');
            }
        }

        foreach (var field in editor.Fields.Where(f => f.FieldType == EditorField.MarkdownType))
        {
            text.Append('\n').Append(First(values[field.Key])).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The item's own words as a Markdown document (title, long text fields as sections, then the body): what its passages are cut from.</summary>
    public static string Markdown(ContentItem item, TypeEditor editor)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(editor);
        var values = Read(item, editor);
        var text = new StringBuilder().Append("# ").Append(item.DisplayText).Append("\n\n");
        foreach (var field in editor.Fields.Where(f => f.Editor == "TextArea" && First(values[f.Key]).Length > 0))
        {
            text.Append("## ").Append(field.DisplayName).Append("\n\n").Append(values[field.Key][0]).Append("\n\n");
        }

        foreach (var field in editor.Fields.Where(f => f.FieldType == EditorField.MarkdownType))
        {
            text.Append(First(values[field.Key])).Append('\n');
        }

        return text.ToString();
    }

    // A list typed into a box has one value per line; a list chosen from has one value per choice.
    private static List<string> Given(EditorField field, IReadOnlyDictionary<string, IReadOnlyList<string>> values) =>
        values.TryGetValue(field.Key, out var v)
            ? [.. v.SelectMany(x => field.FieldType == "MultiTextField" ? x.Split('\n') : [x]).Select(x => x.Trim()).Where(x => x.Length > 0)]
            : [];

    private static string First(IReadOnlyList<string> values) => values.Count > 0 ? values[0] : "";

    public static bool TryDate(string text, out DateOnly date) =>
        DateInput.TryParseDay(text, out date);

    private static string FormatDate(string? stored) =>
        stored is { Length: >= 10 } && DateOnly.TryParseExact(stored[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
            : "";

    private static JsonObject Part(ContentItem item, string name)
    {
        if (item.Content[name] is not JsonObject part)
        {
            part = [];
            item.Content[name] = part;
        }

        return part;
    }

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1])
        ? char.ToLower(text[0], EnGb) + text[1..]
        : text;
}

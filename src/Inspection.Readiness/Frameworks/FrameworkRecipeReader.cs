using System.Globalization;
using System.Text.Json.Nodes;

namespace Inspection.Readiness.Frameworks;

/// <summary>Reads the <c>Frameworks</c> recipe step into definitions, refusing malformed input with a message naming the problem.</summary>
public static class FrameworkRecipeReader
{
    /// <summary>Frameworks with their themes flattened, parents before children; throws what <paramref name="fail"/> makes.</summary>
    public static IReadOnlyList<FrameworkDefinition> Read(JsonNode? frameworks, Func<string, Exception> fail)
    {
        ArgumentNullException.ThrowIfNull(fail);
        if (frameworks is not JsonArray array)
        {
            throw fail("'Frameworks' must be an array of { Id, Title, Description, Themes }");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<FrameworkDefinition>();
        for (var i = 0; i < array.Count; i++)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"Frameworks[{i}]");
            if (array[i] is not JsonObject json)
            {
                throw fail($"{where} is not an object");
            }

            var id = Required(json, "Id", where, fail);
            if (id.Contains('/', StringComparison.Ordinal) || !ids.Add(id))
            {
                throw fail(id.Contains('/', StringComparison.Ordinal)
                    ? $"framework id '{id}' must not contain '/'"
                    : $"duplicate id '{id}'");
            }

            var title = Required(json, "Title", $"framework '{id}'", fail);
            var themes = new List<ThemeDefinition>();
            ReadThemes(json["Themes"], id, null, $"framework '{id}'", ids, themes, fail);
            result.Add(new FrameworkDefinition(id, title, Optional(json, "Description", $"framework '{id}'", fail), themes)
            {
                Source = Optional(json, "Source", $"framework '{id}'", fail),
                Checked = Date(json, "Checked", $"framework '{id}'", fail),
            });
        }

        return result;
    }

    private static void ReadThemes(JsonNode? node, string frameworkId, string? parentId, string where, HashSet<string> ids, List<ThemeDefinition> themes, Func<string, Exception> fail)
    {
        if (node is null)
        {
            return;
        }

        if (node is not JsonArray array)
        {
            throw fail($"{where}: 'Themes' must be an array");
        }

        var prefix = (parentId ?? frameworkId) + "/";
        for (var i = 0; i < array.Count; i++)
        {
            var position = string.Create(CultureInfo.InvariantCulture, $"{where}, theme {i + 1}");
            if (array[i] is not JsonObject json)
            {
                throw fail($"{position} is not an object");
            }

            if (json["Id"] is not JsonValue idValue || !idValue.TryGetValue<string>(out var id) || string.IsNullOrWhiteSpace(id))
            {
                var title = json["Title"] is JsonValue t && t.TryGetValue<string>(out var text) ? $" ('{text}')" : "";
                throw fail($"{position}{title} has no 'Id'");
            }

            if (!id.StartsWith(prefix, StringComparison.Ordinal) || id.Length == prefix.Length || id.IndexOf('/', prefix.Length) >= 0)
            {
                throw fail($"theme id '{id}' must extend its parent's id as '{prefix}NAME'");
            }

            if (!ids.Add(id))
            {
                throw fail($"duplicate id '{id}'");
            }

            var here = $"theme '{id}'";
            themes.Add(new ThemeDefinition(
                id,
                frameworkId,
                parentId,
                Required(json, "Title", here, fail),
                Optional(json, "Criteria", here, fail),
                KeyPhrases(json["KeyPhrases"], here, fail),
                Optional(json, "Query", here, fail)));
            ReadThemes(json["Themes"], frameworkId, id, here, ids, themes, fail);
        }
    }

    private static List<KeyPhrase> KeyPhrases(JsonNode? node, string where, Func<string, Exception> fail)
    {
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray array)
        {
            throw fail($"{where}: 'KeyPhrases' must be an array of {{ Text, Weight }}");
        }

        var phrases = new List<KeyPhrase>();
        for (var i = 0; i < array.Count; i++)
        {
            var position = string.Create(CultureInfo.InvariantCulture, $"{where}, key phrase {i + 1}");
            if (array[i] is not JsonObject json)
            {
                throw fail($"{position} is not an object");
            }

            var text = Required(json, "Text", position, fail);
            var weight = 1f;
            if (json["Weight"] is { } weightNode)
            {
                if (weightNode is not JsonValue value || !value.TryGetValue<double>(out var number) || number <= 0 || number > 10)
                {
                    throw fail($"{position} ('{text}'): 'Weight' must be a number above 0 and at most 10");
                }

                weight = (float)number;
            }

            phrases.Add(new KeyPhrase(text, weight));
        }

        return phrases;
    }

    private static DateOnly? Date(JsonObject json, string name, string where, Func<string, Exception> fail) =>
        Optional(json, name, where, fail) switch
        {
            null => null,
            var text when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
            var text => throw fail($"{where}: '{name}' must be a date as yyyy-MM-dd, not '{text}'"),
        };

    private static string Required(JsonObject json, string name, string where, Func<string, Exception> fail) =>
        Optional(json, name, where, fail) is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw fail($"{where} has no '{name}'");

    private static string? Optional(JsonObject json, string name, string where, Func<string, Exception> fail) => json[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => throw fail($"{where}: '{name}' must be text"),
    };
}

using System.Text.Json;

namespace Inspection.Search.Meaning;

/// <summary>Reads the PlainEnglish steps of an Orchard-format recipe file (JSON with comments).</summary>
public static class PlainEnglishLoader
{
    public const string StepName = "PlainEnglish";

    /// <summary>The recipe file beside the glossary that holds the plain-English layer when no other path is set.</summary>
    public const string DefaultFileName = "plain-english.recipe.json";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IReadOnlyList<PlainEnglishPhrase> Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: the plain-English recipe cannot be read ({ex.Message})", ex);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: the plain-English recipe is not valid JSON ({ex.Message})", ex);
        }
    }

    public static IReadOnlyList<PlainEnglishPhrase> Parse(string json)
    {
        using var document = JsonDocument.Parse(json, DocumentOptions);
        var phrases = new List<PlainEnglishPhrase>();
        if (!TryGetProperty(document.RootElement, "steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
        {
            return phrases;
        }

        foreach (var step in steps.EnumerateArray())
        {
            if (step.ValueKind != JsonValueKind.Object
                || !TryGetProperty(step, "name", out var name)
                || !string.Equals(name.GetString(), StepName, StringComparison.OrdinalIgnoreCase)
                || !TryGetProperty(step, "Phrases", out var items)
                || items.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var item in items.EnumerateArray())
            {
                var everyday = Strings(item, "Everyday");
                var sector = Strings(item, "Sector");
                if (everyday.Count > 0 && sector.Count > 0)
                {
                    phrases.Add(new PlainEnglishPhrase(everyday, sector));
                }
            }
        }

        return phrases;
    }

    private static List<string> Strings(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && TryGetProperty(item, name, out var values) && values.ValueKind == JsonValueKind.Array
            ? [.. values.EnumerateArray()
                .Where(s => s.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(s.GetString()))
                .Select(s => s.GetString()!.Trim())]
            : [];

    // Orchard writes recipe headers in lower case and step members in Pascal case; accept either spelling.
    private static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}

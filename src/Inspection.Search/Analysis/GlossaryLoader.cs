using System.Text.Json;

namespace Inspection.Search.Analysis;

/// <summary>Reads the Glossary steps of an Orchard-format recipe file (JSON with comments) into a <see cref="Glossary"/>.</summary>
public static class GlossaryLoader
{
    public const string StepName = "Glossary";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static Glossary Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: the glossary recipe cannot be read ({ex.Message})", ex);
        }

        try
        {
            return Parse(json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: the glossary recipe is not valid JSON ({ex.Message})", ex);
        }
    }

    public static Glossary Parse(string json)
    {
        using var document = JsonDocument.Parse(json, DocumentOptions);
        var terms = new List<GlossaryTerm>();
        if (!TryGetProperty(document.RootElement, "steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
        {
            return new Glossary(terms);
        }

        foreach (var step in steps.EnumerateArray())
        {
            if (step.ValueKind != JsonValueKind.Object
                || !TryGetProperty(step, "name", out var name)
                || !string.Equals(name.GetString(), StepName, StringComparison.OrdinalIgnoreCase)
                || !TryGetProperty(step, "Terms", out var items)
                || items.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var item in items.EnumerateArray())
            {
                var term = ReadTerm(item);
                if (term is not null)
                {
                    terms.Add(term);
                }
            }
        }

        return new Glossary(terms);
    }

    private static GlossaryTerm? ReadTerm(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object
            || !TryGetProperty(item, "Term", out var termElement)
            || termElement.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(termElement.GetString()))
        {
            return null;
        }

        var synonyms = new List<string>();
        if (TryGetProperty(item, "Synonyms", out var synonymElements) && synonymElements.ValueKind == JsonValueKind.Array)
        {
            synonyms.AddRange(synonymElements.EnumerateArray()
                .Where(s => s.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(s.GetString()))
                .Select(s => s.GetString()!.Trim()));
        }

        string? meaning = TryGetProperty(item, "Meaning", out var meaningElement) && meaningElement.ValueKind == JsonValueKind.String
            ? meaningElement.GetString()
            : null;
        return new GlossaryTerm(termElement.GetString()!.Trim(), synonyms, meaning);
    }

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

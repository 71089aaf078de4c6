using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Inspection.Content.Recipes;

/// <summary>Reads Orchard Core recipe files: JSON with comments and trailing commas, header, variables and steps.</summary>
public static class RecipeReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static async Task<RecipeDescriptor> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RecipeException($"{Path.GetFileName(path)}: the recipe cannot be read ({ex.Message})", ex);
        }

        return Parse(json, Path.GetFileName(path));
    }

    /// <summary>Parses recipe text; <paramref name="source"/> names it in error messages (usually the file name).</summary>
    public static RecipeDescriptor Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrEmpty(source);

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            // JsonException counts lines and bytes from zero; people count from one.
            var line = (ex.LineNumber ?? 0) + 1;
            var position = (ex.BytePositionInLine ?? 0) + 1;
            throw new RecipeException(
                string.Create(CultureInfo.InvariantCulture, $"{source}: invalid JSON at line {line}, position {position}: {Reason(ex)}"),
                ex);
        }

        if (root is not JsonObject recipe)
        {
            throw new RecipeException($"{source}: a recipe must be a JSON object");
        }

        var variables = recipe["variables"] switch
        {
            null => [],
            JsonObject v => v,
            _ => throw new RecipeException($"{source}: 'variables' must be an object"),
        };

        return new RecipeDescriptor(
            source,
            Text(recipe, "name", source) ?? Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(source)),
            Text(recipe, "displayName", source),
            Text(recipe, "description", source),
            Text(recipe, "author", source),
            Text(recipe, "website", source),
            Text(recipe, "version", source),
            IsSetupRecipe(recipe, source),
            Strings(recipe, "categories", source),
            Strings(recipe, "tags", source),
            variables,
            Steps(recipe, source));
    }

    private static List<JsonObject> Steps(JsonObject recipe, string source)
    {
        if (recipe["steps"] is null)
        {
            return [];
        }

        if (recipe["steps"] is not JsonArray steps)
        {
            throw new RecipeException($"{source}: 'steps' must be an array");
        }

        var result = new List<JsonObject>(steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not JsonObject step
                || step["name"] is not JsonValue name
                || !name.TryGetValue<string>(out var text)
                || string.IsNullOrWhiteSpace(text))
            {
                throw new RecipeException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{source}: step {i + 1} must be an object with a 'name'"));
            }

            result.Add(step);
        }

        return result;
    }

    private static bool IsSetupRecipe(JsonObject recipe, string source) => recipe["issetuprecipe"] switch
    {
        null => false,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        // Some hand-written Orchard recipes quote the flag.
        JsonValue v when v.TryGetValue<string>(out var s) && bool.TryParse(s, out var b) => b,
        _ => throw new RecipeException($"{source}: 'issetuprecipe' must be true or false"),
    };

    private static string? Text(JsonObject recipe, string property, string source) => recipe[property] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        // Orchard writes version as a string, but a bare number is an easy slip worth accepting.
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
        _ => throw new RecipeException($"{source}: '{property}' must be a string"),
    };

    private static List<string> Strings(JsonObject recipe, string property, string source)
    {
        if (recipe[property] is null)
        {
            return [];
        }

        if (recipe[property] is not JsonArray array
            || array.Any(v => v is not JsonValue value || !value.TryGetValue<string>(out _)))
        {
            throw new RecipeException($"{source}: '{property}' must be an array of strings");
        }

        return [.. array.Select(v => v!.GetValue<string>())];
    }

    private static string Reason(JsonException ex)
    {
        // The runtime appends its own zero-based "Path: ... | LineNumber: ..." which would contradict ours.
        var message = ex.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return (cut >= 0 ? message[..cut] : message).Trim();
    }
}

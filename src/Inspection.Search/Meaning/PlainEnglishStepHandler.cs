using System.Text.Json.Nodes;
using Inspection.Content.Recipes;

namespace Inspection.Search.Meaning;

/// <summary>
/// Checks a recipe's <c>PlainEnglish</c> step, so that a malformed layer is refused at import with the step named rather
/// than skipped. Search reads the recipe file itself (<see cref="SearchOptions.PlainEnglishPath"/>).
/// </summary>
public sealed class PlainEnglishStepHandler : IRecipeStepHandler
{
    public string StepName => PlainEnglishLoader.StepName;

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Property("Phrases") is not JsonArray phrases)
        {
            throw context.Fail("'Phrases' must be an array of { Everyday, Sector }");
        }

        for (var i = 0; i < phrases.Count; i++)
        {
            if (phrases[i] is not JsonObject phrase || !HasText(phrase["Everyday"]) || !HasText(phrase["Sector"]))
            {
                throw context.Fail($"phrase {i + 1}: 'Everyday' and 'Sector' must be non-empty arrays of strings");
            }
        }

        context.Tally.Count("PlainEnglishPhrases", phrases.Count);
        return Task.CompletedTask;
    }

    private static bool HasText(JsonNode? node) =>
        node is JsonArray { Count: > 0 } values
        && values.All(v => v is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text));
}

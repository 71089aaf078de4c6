using System.Globalization;
using System.Text.Json.Nodes;

namespace Inspection.Content.Recipes;

/// <summary>One step being applied: its JSON with expressions already evaluated, where it sits in the recipe, and the running tally.</summary>
public sealed class RecipeStepContext(RecipeDescriptor recipe, int index, JsonObject step, RecipeImportTally tally, IProgress<RecipeProgress>? progress = null)
{
    /// <summary>Where a long step says how far it has got; null when nobody is watching.</summary>
    public IProgress<RecipeProgress>? Progress { get; } = progress;

    public RecipeDescriptor Recipe { get; } = recipe;

    /// <summary>Position of the step in the recipe, from 1.</summary>
    public int Index { get; } = index;

    /// <summary>The step's <c>name</c> as written in the recipe.</summary>
    public string Name { get; } = step["name"]?.GetValue<string>() ?? "";

    public JsonObject Step { get; } = step;

    public RecipeImportTally Tally { get; } = tally;

    /// <summary>Reads a property of the step ignoring case, since Orchard recipes write both <c>data</c> and <c>Data</c>.</summary>
    public JsonNode? Property(string name)
    {
        if (Step.TryGetPropertyValue(name, out var exact))
        {
            return exact;
        }

        return Step.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
    }

    /// <summary>The exception for a malformed step, naming recipe, step and problem.</summary>
    public RecipeException Fail(string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{Recipe.Source}: step {Index} ({Name}): {problem}"));
}

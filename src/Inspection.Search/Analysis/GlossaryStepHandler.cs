using System.Text.Json.Nodes;
using Inspection.Content.Recipes;

namespace Inspection.Search.Analysis;

/// <summary>
/// Checks a recipe's <c>Glossary</c> step, so that a malformed glossary is refused at import with the step named
/// rather than skipped. The analyzer reads the glossary file itself (<see cref="SearchOptions.GlossaryPath"/>).
/// </summary>
public sealed class GlossaryStepHandler : IRecipeStepHandler
{
    public string StepName => GlossaryLoader.StepName;

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Property("Terms") is not JsonArray terms)
        {
            throw context.Fail("'Terms' must be an array of { Term, Synonyms, Meaning }");
        }

        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i] is not JsonObject term
                || term["Term"] is not JsonValue value
                || !value.TryGetValue<string>(out var text)
                || string.IsNullOrWhiteSpace(text))
            {
                throw context.Fail($"term {i + 1} has no 'Term' text");
            }

            if (term["Synonyms"] is not (null or JsonArray))
            {
                throw context.Fail($"term {i + 1} ('{text}'): 'Synonyms' must be an array of strings");
            }
        }

        context.Tally.Count("GlossaryTerms", terms.Count);
        return Task.CompletedTask;
    }
}

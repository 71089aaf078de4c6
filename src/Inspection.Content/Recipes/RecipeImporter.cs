using System.Text.Json.Nodes;
using Inspection.Content.Store;
using Microsoft.Extensions.Logging;

namespace Inspection.Content.Recipes;

/// <summary>
/// Applies an Orchard Core recipe: evaluates its expressions, hands each step to the <see cref="IRecipeStepHandler"/> named by it,
/// skips (and reports) steps no handler claims, and runs everything in one store transaction.
/// </summary>
public sealed class RecipeImporter(IContentStore store, IEnumerable<IRecipeStepHandler> handlers, ILogger<RecipeImporter> logger)
{
    public async Task<RecipeImportResult> ImportFileAsync(
        string path,
        IReadOnlyDictionary<string, string>? parameters,
        CancellationToken cancellationToken)
    {
        var recipe = await RecipeReader.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
        return await ImportAsync(recipe, parameters, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Imports a parsed recipe; <paramref name="parameters"/> answer <c>[js: parameters('name')]</c>.</summary>
    public async Task<RecipeImportResult> ImportAsync(
        RecipeDescriptor recipe,
        IReadOnlyDictionary<string, string>? parameters,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipe);

        // A later registration wins, so a host can replace one of ours.
        var byName = new Dictionary<string, IRecipeStepHandler>(StringComparer.OrdinalIgnoreCase);
        foreach (var handler in handlers)
        {
            byName[handler.StepName] = handler;
        }

        var expressions = RecipeExpressions.Create(recipe, parameters);
        var applied = new List<(IRecipeStepHandler Handler, int Index, JsonObject Step)>();
        var skipped = new List<string>();
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var name = recipe.Steps[i]["name"]!.GetValue<string>();
            if (!byName.TryGetValue(name, out var handler))
            {
                // Platform steps (feature, themes, settings, ...) are skipped unevaluated: their scripts may need a site we do not have.
                skipped.Add(name);
                continue;
            }

            // Evaluate before the transaction opens, so a bad expression fails before anything is written.
            var where = $"{recipe.Source}: step {i + 1} ({name})";
            applied.Add((handler, i + 1, (JsonObject)expressions.Evaluate(recipe.Steps[i], where)!));
        }

        var tally = new RecipeImportTally();
        await store.InTransactionAsync(
            async ct =>
            {
                foreach (var (handler, index, step) in applied)
                {
                    await handler.ExecuteAsync(new RecipeStepContext(recipe, index, step, tally), ct).ConfigureAwait(false);
                }

                return applied.Count;
            },
            cancellationToken).ConfigureAwait(false);

        if (skipped.Count > 0)
        {
            logger.StepsSkipped(recipe.Name, skipped);
        }

        logger.RecipeImported(recipe.Name, applied.Count, tally.ItemsCreated, tally.ItemsUpdated, tally.ItemsUnchanged, tally.TypesSaved, tally.PartsSaved, tally.RolesSaved);

        return new RecipeImportResult(
            recipe.Name,
            [.. applied.Select(a => a.Step["name"]!.GetValue<string>())],
            skipped,
            tally.ItemsCreated,
            tally.ItemsUpdated,
            tally.ItemsUnchanged,
            tally.TypesSaved,
            tally.PartsSaved,
            tally.RolesSaved,
            new Dictionary<string, int>(tally.Other, StringComparer.Ordinal));
    }
}

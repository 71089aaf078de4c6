using System.Text.Json.Nodes;
using Inspection.Content.Store;
using Microsoft.Extensions.Logging;

namespace Inspection.Content.Recipes;

/// <summary>
/// Applies Orchard Core recipes: evaluates their expressions, hands each step to the <see cref="IRecipeStepHandler"/> named by it,
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

    /// <summary>Reads every file first, then imports them in order in one transaction: all apply or none.</summary>
    public Task<IReadOnlyList<RecipeImportResult>> ImportFilesAsync(
        IReadOnlyList<string> paths,
        IReadOnlyDictionary<string, string>? parameters,
        CancellationToken cancellationToken) =>
        ImportFilesAsync(paths, parameters, null, cancellationToken);

    /// <summary>As <see cref="ImportFilesAsync(IReadOnlyList{string}, IReadOnlyDictionary{string, string}?, CancellationToken)"/>, saying how far each Content step has got.</summary>
    public async Task<IReadOnlyList<RecipeImportResult>> ImportFilesAsync(
        IReadOnlyList<string> paths,
        IReadOnlyDictionary<string, string>? parameters,
        IProgress<RecipeProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var recipes = new List<RecipeDescriptor>(paths.Count);
        foreach (var path in paths)
        {
            recipes.Add(await RecipeReader.ReadFileAsync(path, cancellationToken).ConfigureAwait(false));
        }

        return await ImportAsync(recipes, parameters, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Imports a parsed recipe; <paramref name="parameters"/> answer <c>[js: parameters('name')]</c>.</summary>
    public async Task<RecipeImportResult> ImportAsync(
        RecipeDescriptor recipe,
        IReadOnlyDictionary<string, string>? parameters,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var results = await ImportAsync([recipe], parameters, cancellationToken).ConfigureAwait(false);
        return results[0];
    }

    /// <summary>Imports parsed recipes in order in one transaction.</summary>
    public Task<IReadOnlyList<RecipeImportResult>> ImportAsync(
        IReadOnlyList<RecipeDescriptor> recipes,
        IReadOnlyDictionary<string, string>? parameters,
        CancellationToken cancellationToken) =>
        ImportAsync(recipes, parameters, null, cancellationToken);

    /// <summary>Imports parsed recipes in order in one transaction, saying how far each Content step has got.</summary>
    public async Task<IReadOnlyList<RecipeImportResult>> ImportAsync(
        IReadOnlyList<RecipeDescriptor> recipes,
        IReadOnlyDictionary<string, string>? parameters,
        IProgress<RecipeProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipes);

        // A later registration wins, so a host can replace one of ours.
        var byName = new Dictionary<string, IRecipeStepHandler>(StringComparer.OrdinalIgnoreCase);
        foreach (var handler in handlers)
        {
            byName[handler.StepName] = handler;
        }

        // Evaluate before the transaction opens, so a bad expression fails before anything is written.
        var plans = recipes.Select(r => Plan(r, byName, parameters)).ToList();

        await store.InTransactionAsync(
            async ct =>
            {
                foreach (var plan in plans)
                {
                    foreach (var (handler, index, step) in plan.Steps)
                    {
                        await handler.ExecuteAsync(new RecipeStepContext(plan.Recipe, index, step, plan.Tally, progress), ct).ConfigureAwait(false);
                    }
                }

                return plans.Count;
            },
            cancellationToken).ConfigureAwait(false);

        return [.. plans.Select(Report)];
    }

    private static RecipePlan Plan(RecipeDescriptor recipe, Dictionary<string, IRecipeStepHandler> byName, IReadOnlyDictionary<string, string>? parameters)
    {
        var expressions = RecipeExpressions.Create(recipe, parameters);
        var plan = new RecipePlan(recipe);
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var name = recipe.Steps[i]["name"]!.GetValue<string>();
            if (!byName.TryGetValue(name, out var handler))
            {
                // Platform steps (feature, themes, settings, ...) are skipped unevaluated: their scripts may need a site we do not have.
                plan.Skipped.Add(name);
                continue;
            }

            var where = $"{recipe.Source}: step {i + 1} ({name})";
            plan.Steps.Add((handler, i + 1, (JsonObject)expressions.Evaluate(recipe.Steps[i], where)!));
        }

        return plan;
    }

    private RecipeImportResult Report(RecipePlan plan)
    {
        var tally = plan.Tally;
        if (plan.Skipped.Count > 0)
        {
            logger.StepsSkipped(plan.Recipe.Name, plan.Skipped);
        }

        logger.RecipeImported(plan.Recipe.Name, plan.Steps.Count, tally.ItemsCreated, tally.ItemsUpdated, tally.ItemsUnchanged, tally.TypesSaved, tally.PartsSaved, tally.RolesSaved);

        return new RecipeImportResult(
            plan.Recipe.Name,
            [.. plan.Steps.Select(s => s.Step["name"]!.GetValue<string>())],
            plan.Skipped,
            tally.ItemsCreated,
            tally.ItemsUpdated,
            tally.ItemsUnchanged,
            tally.DeletedItemsSkipped,
            tally.TypesSaved,
            tally.PartsSaved,
            tally.RolesSaved,
            new Dictionary<string, int>(tally.Other, StringComparer.Ordinal));
    }

    private sealed class RecipePlan(RecipeDescriptor recipe)
    {
        public RecipeDescriptor Recipe { get; } = recipe;

        public List<(IRecipeStepHandler Handler, int Index, JsonObject Step)> Steps { get; } = [];

        public List<string> Skipped { get; } = [];

        public RecipeImportTally Tally { get; } = new();
    }
}

namespace Inspection.Content.Recipes;

/// <summary>
/// Applies one kind of recipe step. Register with <c>services.AddRecipeStep&lt;T&gt;()</c>; the importer picks the handler
/// whose <see cref="StepName"/> matches the step's <c>name</c> (ignoring case) and skips steps no handler claims.
/// </summary>
public interface IRecipeStepHandler
{
    string StepName { get; }

    /// <summary>Runs inside the import's transaction; throw <see cref="RecipeStepContext.Fail"/>'s exception for a malformed step.</summary>
    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}

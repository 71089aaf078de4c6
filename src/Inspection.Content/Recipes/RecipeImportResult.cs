namespace Inspection.Content.Recipes;

/// <summary>What one recipe import did: steps applied and skipped (by name, in recipe order) and the counts of saved things.</summary>
public sealed record RecipeImportResult(
    string RecipeName,
    IReadOnlyList<string> StepsApplied,
    IReadOnlyList<string> StepsSkipped,
    int ItemsCreated,
    int ItemsUpdated,
    int ItemsUnchanged,
    int DeletedItemsSkipped,
    int TypesSaved,
    int PartsSaved,
    int RolesSaved,
    IReadOnlyDictionary<string, int> OtherCounts);

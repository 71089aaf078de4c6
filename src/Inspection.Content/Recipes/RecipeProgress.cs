namespace Inspection.Content.Recipes;

/// <summary>How far a recipe's Content step has got: <paramref name="ItemsDone"/> of its <paramref name="Items"/> items saved.</summary>
public sealed record RecipeProgress(string Source, int Step, int ItemsDone, int Items);

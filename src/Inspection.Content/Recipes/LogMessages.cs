using Microsoft.Extensions.Logging;

namespace Inspection.Content.Recipes;

internal static partial class LogMessages
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped recipe steps that have no meaning here in {Recipe}: {Steps}")]
    public static partial void StepsSkipped(this ILogger logger, string recipe, IReadOnlyList<string> steps);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Left content item {ContentItemId} deleted: recipe {Recipe} step {Step} carries it")]
    public static partial void DeletedItemLeftDeleted(this ILogger logger, string contentItemId, string recipe, int step);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Imported recipe {Recipe}: {Steps} steps applied, {Created} items created, {Updated} updated, {Unchanged} unchanged, {Types} types, {Parts} parts, {Roles} roles saved")]
    public static partial void RecipeImported(this ILogger logger, string recipe, int steps, int created, int updated, int unchanged, int types, int parts, int roles);

    [LoggerMessage(Level = LogLevel.Information, Message = "Exported recipe {Recipe}: {Types} types, {Parts} parts, {Items} items, {Roles} roles")]
    public static partial void RecipeExported(this ILogger logger, string recipe, int types, int parts, int items, int roles);
}

using System.Text.Json.Nodes;
using Inspection.Content.Definitions;
using Inspection.Content.Model;
using Inspection.Content.Store;
using Microsoft.Extensions.Logging;

namespace Inspection.Content.Recipes;

/// <summary>Exports the stored content definitions, items and roles as one Orchard Core recipe.</summary>
public sealed class RecipeExporter(
    IContentStore store,
    IContentDefinitionStore definitions,
    IRoleStore roles,
    ILogger<RecipeExporter> logger)
{
    public async Task<JsonObject> ExportAsync(RecipeExportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var types = await definitions.ListTypesAsync(cancellationToken).ConfigureAwait(false);
        var parts = await definitions.ListPartsAsync(cancellationToken).ConfigureAwait(false);
        var items = await ItemsAsync(options, cancellationToken).ConfigureAwait(false);
        var roleList = await roles.ListAsync(cancellationToken).ConfigureAwait(false);

        var recipe = RecipeWriter.Build(options, types, parts, items, roleList);
        logger.RecipeExported(options.Name, types.Count, parts.Count, items.Count, roleList.Count);
        return recipe;
    }

    public async Task ExportAsync(RecipeExportOptions options, Stream destination, CancellationToken cancellationToken)
    {
        var recipe = await ExportAsync(options, cancellationToken).ConfigureAwait(false);
        await RecipeWriter.WriteAsync(recipe, destination, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the recipe to <paramref name="path"/>, which shows only a whole recipe (an earlier one stays until then).</summary>
    public Task ExportFileAsync(RecipeExportOptions options, string path, CancellationToken cancellationToken) =>
        WholeFile.WriteAsync(path, (file, ct) => ExportAsync(options, file, ct), cancellationToken);

    private async Task<List<ContentItem>> ItemsAsync(RecipeExportOptions options, CancellationToken cancellationToken)
    {
        var latest = await store.ListAsync(null, cancellationToken).ConfigureAwait(false);
        var items = new List<ContentItem>(latest.Count);
        // The store lists items in the order their latest versions were saved, which keeps the order a recipe imported them in.
        foreach (var item in latest)
        {
            if (!options.PublishedOnly || item.Published)
            {
                items.Add(item);
                continue;
            }

            var published = await store.GetAsync(item.ContentItemId, VersionOptions.Published, cancellationToken).ConfigureAwait(false);
            if (published is not null)
            {
                items.Add(published);
            }
        }

        return items;
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inspection.Content.Definitions;
using Inspection.Content.Model;
using Inspection.Content.Store;
using Microsoft.Extensions.Logging;

namespace Inspection.Content.Recipes;

/// <summary>
/// Orchard's <c>Content</c> step: imports each item of <c>data</c> by <c>ContentItemId</c>. A new id is created, changed content
/// becomes a new version, and identical content is left alone so that running a recipe twice changes nothing.
/// An item deleted here stays deleted: someone chose to delete it, and re-running a shipped recipe must not undo that.
/// </summary>
public sealed class ContentStepHandler(
    IContentStore store,
    IContentDefinitionStore definitions,
    IEnumerable<CodeContentType> codeTypes,
    ILogger<ContentStepHandler> logger) : IRecipeStepHandler
{
    private const int ForgetEvery = 200;

    public string StepName => "Content";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Property("data") is not JsonArray data)
        {
            throw context.Fail("'data' must be an array of content items");
        }

        // Check every item before saving any, so the error names the bad item rather than leaving a half-applied step to roll back.
        var items = data.Select((node, i) => ToItem(context, node, i)).ToList();
        await CheckTypesAsync(context, items, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < items.Count; i++)
        {
            await ImportAsync(context, items[i], cancellationToken).ConfigureAwait(false);
            if ((i + 1) % ForgetEvery == 0 || i + 1 == items.Count)
            {
                // A recipe of 20,000 items took 12 minutes and more, each save scanning every row saved before it.
                store.ForgetSaved();
                context.Progress?.Report(new RecipeProgress(context.Recipe.Source, context.Index, i + 1, items.Count));
            }
        }
    }

    // An item of a type nothing defines would be saved, yet listed, searched and edited nowhere: refuse the recipe instead,
    // naming the item. Types defined by an earlier step of the same import count, as they are saved by then.
    private async Task CheckTypesAsync(RecipeStepContext context, List<ContentItem> items, CancellationToken cancellationToken)
    {
        var known = new HashSet<string>(codeTypes.Select(t => t.Name), StringComparer.Ordinal);
        known.UnionWith((await definitions.ListTypesAsync(cancellationToken).ConfigureAwait(false)).Select(t => t.Name));
        var index = items.FindIndex(i => !known.Contains(i.ContentType));
        if (index >= 0)
        {
            var type = items[index].ContentType;
            throw context.Fail(string.Create(
                CultureInfo.InvariantCulture,
                $"data[{index}] has the content type '{type}', which no ContentDefinition step defines; the types known here are {string.Join(", ", known.Order(StringComparer.Ordinal))}"));
        }
    }

    private async Task ImportAsync(RecipeStepContext context, ContentItem item, CancellationToken cancellationToken)
    {
        var tally = context.Tally;
        var existing = item.ContentItemId.Length > 0
            ? await store.GetAsync(item.ContentItemId, VersionOptions.Latest, cancellationToken).ConfigureAwait(false)
            : null;

        if (existing is null && item.ContentItemId.Length > 0
            && (await store.ListVersionsAsync(item.ContentItemId, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            // Differs from Orchard, whose import would bring the item back.
            logger.DeletedItemLeftDeleted(item.ContentItemId, context.Recipe.Name, context.Index);
            tally.DeletedItemsSkipped++;
            return;
        }

        if (existing is null)
        {
            await store.CreateAsync(item, item.Published, cancellationToken).ConfigureAwait(false);
            tally.ItemsCreated++;
            return;
        }

        if (!ContentItemComparer.SameContent(existing, item))
        {
            // The recipe's version id names a version of the source site; here the new version gets its own.
            item.ContentItemVersionId = "";
            await store.UpdateAsync(item, item.Published, cancellationToken).ConfigureAwait(false);
            tally.ItemsUpdated++;
            return;
        }

        if (item.Published && !existing.Published)
        {
            await store.PublishAsync(existing.ContentItemVersionId, cancellationToken).ConfigureAwait(false);
            tally.ItemsUpdated++;
            return;
        }

        tally.ItemsUnchanged++;
    }

    private static ContentItem ToItem(RecipeStepContext context, JsonNode? node, int index)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"data[{index}]");
        if (node is not JsonObject json)
        {
            throw context.Fail($"{where} is not a content item object");
        }

        if (json["ContentType"] is not JsonValue type || !type.TryGetValue<string>(out var typeName) || string.IsNullOrWhiteSpace(typeName))
        {
            throw context.Fail($"{where} has no 'ContentType'");
        }

        if (json["ContentItemId"] is not (null or JsonValue) || (json["ContentItemId"] is JsonValue id && !id.TryGetValue<string>(out _)))
        {
            throw context.Fail($"{where}: 'ContentItemId' must be a string");
        }

        ContentItem? item;
        try
        {
            item = json.Deserialize<ContentItem>();
        }
        catch (JsonException ex)
        {
            throw context.Fail($"{where} ({typeName}): {ex.Message}");
        }

        if (item is null)
        {
            throw context.Fail($"{where} is not a content item object");
        }

        // Orchard writes null for an empty display text; our model keeps "" for it.
        item.DisplayText ??= "";
        item.ContentItemVersionId ??= "";
        item.ContentItemId ??= "";
        return item;
    }
}

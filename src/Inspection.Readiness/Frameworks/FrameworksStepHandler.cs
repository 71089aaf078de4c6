using System.Text.Json.Nodes;
using Inspection.Content.Model;
using Inspection.Content.Recipes;
using Inspection.Content.Store;

namespace Inspection.Readiness.Frameworks;

/// <summary>
/// Our <c>Frameworks</c> recipe step: saves each framework and theme as a content item with an id derived from its own id.
/// Changed content becomes a new version; identical content is left alone, so running the recipe twice changes nothing.
/// </summary>
public sealed class FrameworksStepHandler(IContentStore store) : IRecipeStepHandler
{
    public const string Name = "Frameworks";

    public string StepName => Name;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Read everything before saving anything, so a malformed theme leaves no half-imported framework.
        var frameworks = FrameworkRecipeReader.Read(context.Property("Frameworks"), context.Fail);
        var position = 0;
        foreach (var framework in frameworks)
        {
            await SaveAsync(context, FrameworkContent.ToItem(framework, position++), cancellationToken).ConfigureAwait(false);
            foreach (var theme in framework.Themes)
            {
                await SaveAsync(context, FrameworkContent.ToItem(theme, position++), cancellationToken).ConfigureAwait(false);
            }

            context.Tally.Count("Frameworks");
            context.Tally.Count("Themes", framework.Themes.Count);
        }
    }

    private async Task SaveAsync(RecipeStepContext context, ContentItem item, CancellationToken cancellationToken)
    {
        var existing = await store.GetAsync(item.ContentItemId, VersionOptions.Latest, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            // A deleted framework item stays deleted, as the Content step does: someone chose to remove it.
            if ((await store.ListVersionsAsync(item.ContentItemId, cancellationToken).ConfigureAwait(false)).Count > 0)
            {
                context.Tally.DeletedItemsSkipped++;
                return;
            }

            await store.CreateAsync(item, publish: true, cancellationToken).ConfigureAwait(false);
            context.Tally.ItemsCreated++;
            return;
        }

        if (string.Equals(existing.ContentType, item.ContentType, StringComparison.Ordinal)
            && string.Equals(existing.DisplayText, item.DisplayText, StringComparison.Ordinal)
            && JsonNode.DeepEquals(existing.Content, item.Content))
        {
            if (!existing.Published)
            {
                await store.PublishAsync(existing.ContentItemVersionId, cancellationToken).ConfigureAwait(false);
                context.Tally.ItemsUpdated++;
                return;
            }

            context.Tally.ItemsUnchanged++;
            return;
        }

        item.Owner = existing.Owner;
        item.Author = existing.Author;
        await store.UpdateAsync(item, publish: true, cancellationToken).ConfigureAwait(false);
        context.Tally.ItemsUpdated++;
    }
}

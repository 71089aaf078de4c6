using System.Globalization;
using System.Text.Json.Nodes;
using Inspection.Content.Audit;
using Inspection.Content.Model;
using Inspection.Content.Store;
using Inspection.Readiness.Findings;

namespace Inspection.Readiness.Plans;

/// <summary>
/// The improvement plan's actions as Action content items (TitlePart plus the Action part's Orchard fields): list them
/// with the findings they answer, add one (optionally linked to a finding), and re-rate one. Each change is a new
/// version, so the RAG history is kept; each is audited.
/// </summary>
public sealed class ImprovementPlan(IContentStore store, IFindingTracker tracker, IAuditLog audit)
{
    public async Task<IReadOnlyList<PlannedAction>> ListAsync(CancellationToken cancellationToken)
    {
        var findings = await tracker.ListAsync(null, cancellationToken).ConfigureAwait(false);
        var byAction = findings
            .SelectMany(f => f.Actions.Select(a => (a.ContentItemId, f.Finding)))
            .GroupBy(x => x.ContentItemId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Content.Evidence.Finding>)[.. g.Select(x => x.Finding)], StringComparer.Ordinal);
        var items = await store.ListAsync(ActionFields.ContentType, cancellationToken).ConfigureAwait(false);
        var actions = new List<PlannedAction>(items.Count);
        foreach (var item in items)
        {
            if (await ActionHistory.LoadAsync(store, item.ContentItemId, cancellationToken).ConfigureAwait(false) is { } action)
            {
                actions.Add(new PlannedAction(action, byAction.GetValueOrDefault(item.ContentItemId, [])));
            }
        }

        return [.. actions.OrderBy(a => a.Action.DueDate is null).ThenBy(a => a.Action.DueDate).ThenBy(a => a.Action.Title, StringComparer.Ordinal)];
    }

    /// <summary>Saves a new action (the draft must be valid) and links it to <paramref name="findingId"/> when given.</summary>
    public async Task<TrackedAction> CreateAsync(ActionDraft draft, string? findingId, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Require(draft);
        if (findingId is not null && await tracker.GetAsync(findingId, cancellationToken).ConfigureAwait(false) is null)
        {
            throw ReadinessException.NotFound("finding", findingId);
        }

        var title = draft.Title!.Trim();
        var item = new ContentItem { ContentType = ActionFields.ContentType, DisplayText = title, Owner = userName, Author = userName };
        item.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        item.Content[ActionFields.PartName] = Part(draft);
        var saved = await store.InTransactionAsync(
            async ct =>
            {
                var created = await store.CreateAsync(item, publish: true, ct).ConfigureAwait(false);
                await audit.WriteAsync(userName, "action-created", created.ContentItemId, $"{title} ({draft.Rag})", ct).ConfigureAwait(false);
                return created;
            },
            cancellationToken).ConfigureAwait(false);
        if (findingId is not null)
        {
            await tracker.LinkActionAsync(findingId, saved.ContentItemId, userName, cancellationToken).ConfigureAwait(false);
        }

        return (await ActionHistory.LoadAsync(store, saved.ContentItemId, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Saves the action's new owner, due date and rating as a new version; the old rating stays in its history.</summary>
    public async Task<TrackedAction> UpdateAsync(string actionId, ActionDraft draft, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var latest = await store.GetAsync(actionId, VersionOptions.Latest, cancellationToken).ConfigureAwait(false);
        if (latest is null || !string.Equals(latest.ContentType, ActionFields.ContentType, StringComparison.Ordinal))
        {
            throw ReadinessException.NotFound("action", actionId);
        }

        var title = string.IsNullOrWhiteSpace(draft.Title) ? ActionFields.Title(latest) : draft.Title.Trim();
        var edited = draft with { Title = title, Comment = string.IsNullOrWhiteSpace(draft.Comment) ? null : draft.Comment.Trim() };
        Require(edited);
        var before = ActionFields.Rag(latest);
        if (Unchanged(latest, edited))
        {
            // Nothing changed: no new version and no audit line.
            return (await ActionHistory.LoadAsync(store, actionId, cancellationToken).ConfigureAwait(false))!;
        }

        latest.DisplayText = title;
        latest.Author = userName;
        latest.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        latest.Content[ActionFields.PartName] = Part(edited);
        await store.InTransactionAsync(
            async ct =>
            {
                await store.UpdateAsync(latest, publish: true, ct).ConfigureAwait(false);
                await audit.WriteAsync(userName, "action-updated", actionId, $"{title}: {before ?? "not rated"} to {edited.Rag}{(edited.Comment is null ? "" : $" ({edited.Comment})")}", ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
        return (await ActionHistory.LoadAsync(store, actionId, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Removes an action from the plan (it goes to the recycle bin with its history); audited.</summary>
    public async Task RemoveAsync(string actionId, string userName, CancellationToken cancellationToken)
    {
        var latest = await store.GetAsync(actionId, VersionOptions.Latest, cancellationToken).ConfigureAwait(false);
        if (latest is null || !string.Equals(latest.ContentType, ActionFields.ContentType, StringComparison.Ordinal))
        {
            throw ReadinessException.NotFound("action", actionId);
        }

        var title = ActionFields.Title(latest);
        await store.InTransactionAsync(
            async ct =>
            {
                await store.DeleteAsync(actionId, ct).ConfigureAwait(false);
                await audit.WriteAsync(userName, "action-removed", actionId, title, ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static bool Unchanged(ContentItem latest, ActionDraft edited) =>
        edited.Comment is null
        && string.Equals(ActionFields.Title(latest), edited.Title, StringComparison.Ordinal)
        && string.Equals(ActionFields.Owner(latest) ?? "", edited.Owner?.Trim() ?? "", StringComparison.Ordinal)
        && ActionFields.DueDate(latest) == edited.DueDate
        && string.Equals(ActionFields.Rag(latest), edited.Rag, StringComparison.Ordinal);

    private static void Require(ActionDraft draft)
    {
        var errors = draft.Validate();
        if (errors.Count > 0)
        {
            throw new ReadinessException(string.Join("; ", errors.Values));
        }
    }

    private static JsonObject Part(ActionDraft draft) => new()
    {
        ["Owner"] = new JsonObject { ["Text"] = draft.Owner?.Trim() ?? "" },
        ["DueDate"] = new JsonObject { ["Value"] = draft.DueDate?.ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture) },
        ["RagRating"] = new JsonObject { ["Text"] = draft.Rag },
        ["Comment"] = new JsonObject { ["Text"] = string.IsNullOrWhiteSpace(draft.Comment) ? "" : draft.Comment.Trim() },
    };
}

using Inspection.Content.Model;
using Inspection.Content.Store;

namespace Inspection.Readiness.Findings;

/// <summary>An action as it stands, with the RAG ratings it has had, read from its saved versions (each change of RAG is a new version).</summary>
public static class ActionHistory
{
    /// <summary>The action, or null when no version of it exists (purged).</summary>
    public static async Task<TrackedAction?> LoadAsync(IContentStore store, string actionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        // A removed action is gone from the plan and from the findings it answered (its versions stay for the audit).
        if (await store.GetAsync(actionId, VersionOptions.Latest, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        var versions = await store.ListVersionsAsync(actionId, cancellationToken).ConfigureAwait(false);
        var latest = versions.LastOrDefault(v => v.Latest) ?? (versions.Count > 0 ? versions[^1] : null);
        if (latest is null)
        {
            return null;
        }

        var ragHistory = new List<RagChange>();
        string? previous = null;
        foreach (var version in versions)
        {
            var rag = ActionFields.Rag(version);
            var comment = ActionFields.Comment(version);
            if (rag is not null && (comment is not null || !string.Equals(rag, previous, StringComparison.OrdinalIgnoreCase)))
            {
                ragHistory.Add(new RagChange(version.ModifiedUtc ?? version.CreatedUtc ?? DateTime.MinValue, rag) { Comment = comment });
            }

            previous = rag ?? previous;
        }

        return new TrackedAction(actionId, ActionFields.Title(latest), ActionFields.Owner(latest), ActionFields.DueDate(latest), ActionFields.Rag(latest), ragHistory);
    }
}

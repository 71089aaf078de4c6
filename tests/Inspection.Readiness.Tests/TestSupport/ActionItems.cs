using System.Text.Json.Nodes;
using Inspection.Content.Model;
using Inspection.Content.Store;

namespace Inspection.Readiness.Tests.TestSupport;

/// <summary>Creates Action content items the way the editor would: TitlePart plus the Action part's Orchard fields.</summary>
public static class ActionItems
{
    /// <summary>Creates the action with the first RAG rating, then saves one new version per further rating.</summary>
    public static async Task<string> CreateAsync(IContentStore store, string title, string owner, DateOnly due, params string[] ragRatings)
    {
        var item = new ContentItem { ContentType = "Action", DisplayText = title };
        item.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        item.Content["Action"] = Part(owner, due, ragRatings[0]);
        var saved = await store.CreateAsync(item, publish: true, CancellationToken.None);
        foreach (var rag in ragRatings.Skip(1))
        {
            var latest = await store.GetAsync(saved.ContentItemId, VersionOptions.Latest, CancellationToken.None);
            latest!.Content["Action"] = Part(owner, due, rag);
            await store.UpdateAsync(latest, publish: true, CancellationToken.None);
        }

        return saved.ContentItemId;
    }

    private static JsonObject Part(string owner, DateOnly due, string rag) => new()
    {
        ["Owner"] = new JsonObject { ["Text"] = owner },
        ["DueDate"] = new JsonObject { ["Value"] = due.ToString("yyyy-MM-dd'T00:00:00Z'", System.Globalization.CultureInfo.InvariantCulture) },
        ["RagRating"] = new JsonObject { ["Text"] = rag },
    };
}

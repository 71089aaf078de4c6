using System.Globalization;
using System.Text.Json.Nodes;
using Inspection.Ingestion.Enrichment;

namespace Inspection.Ingestion.Pipeline;

/// <summary>
/// The rows of a document's RAG-rated action tables as a named part in the shape of Orchard's BagPart: each row is an
/// <c>Action</c> content item (TitlePart, and the Action part's Owner TextField, DueDate DateField and RagRating TextField as
/// the setup recipe defines them), so that the improvement plan can import them as they are.
/// </summary>
public static class ActionRowsPart
{
    public const string PartName = "ActionRows";
    public const string ActionContentType = "Action";

    public static JsonObject Build(IReadOnlyList<ActionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new JsonObject { ["ContentItems"] = new JsonArray([.. rows.Select(Item)]) };
    }

    /// <summary>The rows a content item's part holds, as ingestion read them (for import and for tests).</summary>
    public static IReadOnlyList<ActionRow> Read(JsonObject content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content[PartName]?["ContentItems"] is not JsonArray items)
        {
            return [];
        }

        return [.. items.OfType<JsonObject>().Select(item =>
        {
            var action = item["Action"] as JsonObject;
            string? Text(string field) => (action?[field] as JsonObject)?["Text"]?.GetValue<string>();
            var due = (action?["DueDate"] as JsonObject)?["Value"]?.GetValue<string>();
            return new ActionRow(
                Text("Reference"),
                item["TitlePart"]?["Title"]?.GetValue<string>() ?? "",
                Text("Owner"),
                due is { Length: >= 10 } ? DateOnly.ParseExact(due[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                Text("RagRating"),
                Text("Progress"),
                (int)((action?["Page"] as JsonObject)?["Value"]?.GetValue<decimal>() ?? 0));
        })];
    }

    // Differs from Orchard: the rows are not yet content items of their own (no ids, no versions); the plan's import makes
    // them so. Reference, Progress and Page are fields the Action type does not define yet: an import may keep or drop them.
    private static JsonObject Item(ActionRow row) => new()
    {
        ["ContentType"] = ActionContentType,
        ["DisplayText"] = row.Action,
        ["TitlePart"] = new JsonObject { ["Title"] = row.Action },
        ["Action"] = new JsonObject
        {
            ["Reference"] = new JsonObject { ["Text"] = row.Reference },
            ["Owner"] = new JsonObject { ["Text"] = row.Owner },
            ["DueDate"] = new JsonObject { ["Value"] = row.DueDate?.ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture) },
            ["RagRating"] = new JsonObject { ["Text"] = row.Rag },
            ["Progress"] = new JsonObject { ["Text"] = row.Progress },
            ["Page"] = new JsonObject { ["Value"] = (decimal)row.Page },
        },
    };
}

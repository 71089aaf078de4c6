using System.Text.Json.Nodes;
using Inspection.Content.Model;

namespace Inspection.Content.Recipes;

/// <summary>Decides whether an imported item says anything its stored latest version does not.</summary>
internal static class ContentItemComparer
{
    /// <summary>Compares type, display text, owner, author and every part; ids, version flags and timestamps are bookkeeping, not content.</summary>
    public static bool SameContent(ContentItem stored, ContentItem imported) =>
        string.Equals(stored.ContentType, imported.ContentType, StringComparison.Ordinal)
        && string.Equals(stored.DisplayText ?? "", imported.DisplayText ?? "", StringComparison.Ordinal)
        && string.Equals(stored.Owner, imported.Owner, StringComparison.Ordinal)
        && string.Equals(stored.Author, imported.Author, StringComparison.Ordinal)
        && JsonNode.DeepEquals(stored.Content, imported.Content);
}

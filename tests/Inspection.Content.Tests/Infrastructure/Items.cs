using Inspection.Content.Evidence;
using Inspection.Content.Model;

namespace Inspection.Content.Tests.Infrastructure;

/// <summary>Content items as an ingestion or an editor would hand them to the store.</summary>
internal static class Items
{
    public static ContentItem Audit(string title, string? sourceHash = null)
    {
        var item = new ContentItem { ContentType = "Audit", DisplayText = title, Owner = "quality.lead", Author = "quality.lead" };
        item.Content["TitlePart"] = new System.Text.Json.Nodes.JsonObject { ["Title"] = title };
        EvidencePart.SetDate(item, EvidencePart.DocumentDate, new DateOnly(2024, 3, 14));
        EvidencePart.SetText(item, EvidencePart.Classification, Classifications.OfficialSensitive);
        EvidencePart.SetText(item, EvidencePart.Organisation, "Northshire County Council");
        if (sourceHash is not null)
        {
            EvidencePart.SetText(item, EvidencePart.SourceHash, sourceHash);
        }

        return item;
    }

    public static string Title(ContentItem item) => item.Content["TitlePart"]?["Title"]?.GetValue<string>() ?? "";

    public static ContentItem WithTitle(ContentItem item, string title)
    {
        var copy = ContentItemJson.Clone(item);
        copy.DisplayText = title;
        copy.Content["TitlePart"] = new System.Text.Json.Nodes.JsonObject { ["Title"] = title };
        return copy;
    }
}

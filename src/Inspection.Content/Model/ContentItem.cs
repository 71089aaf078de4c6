using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Inspection.Content.Model;

/// <summary>One version of a content item, serialised in Orchard Core's JSON shape (common properties plus one property per part).</summary>
[JsonConverter(typeof(ContentItemJsonConverter))]
public sealed class ContentItem
{
    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string DisplayText { get; set; } = "";

    public bool Latest { get; set; }

    public bool Published { get; set; }

    public string? Owner { get; set; }

    public string? Author { get; set; }

    public DateTime? CreatedUtc { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    /// <summary>Parts and fields (<c>TitlePart</c>, <c>EvidencePart</c>, ...), kept as JSON so unknown parts round-trip untouched.</summary>
    [JsonExtensionData]
    public JsonObject Content { get; set; } = [];
}

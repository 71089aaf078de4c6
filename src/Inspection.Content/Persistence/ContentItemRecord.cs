namespace Inspection.Content.Persistence;

/// <summary>One version of a content item: the Orchard JSON document plus the columns queries filter on.</summary>
public sealed class ContentItemRecord
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string DisplayText { get; set; } = "";

    public bool Latest { get; set; }

    public bool Published { get; set; }

    public bool Deleted { get; set; }

    /// <summary>When the item was put in the recycle bin (set on every version); null unless <see cref="Deleted"/>.</summary>
    public DateTime? DeletedUtc { get; set; }

    public string? Owner { get; set; }

    public string? Author { get; set; }

    public DateTime? CreatedUtc { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    /// <summary>The full Orchard JSON of this version.</summary>
    public string Document { get; set; } = "";

    public DateOnly? DocumentDate { get; set; }

    public string? Classification { get; set; }

    public string? Organisation { get; set; }

    public string? SourceHash { get; set; }
}

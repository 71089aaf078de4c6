namespace Inspection.Content.Persistence;

/// <summary>A searchable stretch of one document version.</summary>
public sealed class PassageRecord
{
    public string PassageId { get; set; } = "";

    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public int Ordinal { get; set; }

    public string HeadingPath { get; set; } = "";

    public int PageFrom { get; set; }

    public int PageTo { get; set; }

    public string Text { get; set; } = "";
}

namespace Inspection.Content.Persistence;

/// <summary>A stored inspection finding; <see cref="LinkedFindingId"/> chains the same matter across visits.</summary>
public sealed class FindingRecord
{
    public string FindingId { get; set; } = "";

    public string ContentItemId { get; set; } = "";

    /// <summary>Position within its document, so a letter's findings list in the order it states them.</summary>
    public int Ordinal { get; set; }

    public string Kind { get; set; } = "";

    public string Text { get; set; } = "";

    public int Page { get; set; }

    public DateOnly? VisitDate { get; set; }

    public string? VisitKind { get; set; }

    public string Status { get; set; } = "";

    public string? Verdict { get; set; }

    public string? LinkedFindingId { get; set; }

    public DateTime UpdatedUtc { get; set; }
}

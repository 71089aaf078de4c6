namespace Inspection.Content.Persistence;

/// <summary>One file of an ingestion job, what became of it, and which node holds it while it is worked on.</summary>
public sealed class IngestionJobItemRecord
{
    public string JobId { get; set; } = "";

    public int Ordinal { get; set; }

    public string FilePath { get; set; } = "";

    public string Status { get; set; } = "";

    public string? ContentItemId { get; set; }

    public string? Error { get; set; }

    /// <summary>The node that claimed the item last (kept once it is done, as a record of who did it).</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>Until when the claim holds unless renewed; null once the item is done or never claimed.</summary>
    public DateTime? LeaseUntilUtc { get; set; }

    /// <summary>How many times a node has claimed the item: more than one means a node died or stalled holding it.</summary>
    public int Attempts { get; set; }
}

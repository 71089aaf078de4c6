namespace Inspection.Content.Persistence;

/// <summary>A content item the index could not take: the error of its last attempt, how many attempts failed, and when.</summary>
public sealed class IndexingFailureRecord
{
    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    /// <summary>The outbox task whose indexing failed last.</summary>
    public long TaskId { get; set; }

    public string Error { get; set; } = "";

    public int Attempts { get; set; }

    public DateTime FirstFailedUtc { get; set; }

    public DateTime LastFailedUtc { get; set; }
}

using Inspection.Content.Outbox;

namespace Inspection.Application.Health;

/// <summary>The state of this node's search index and the outbox items it could not take.</summary>
/// <param name="IndexDirectory">The index folder.</param>
/// <param name="State">Ready, or being rebuilt from the store.</param>
/// <param name="MovedAsideTo">Where this process moved an unreadable index when it opened it, if it did.</param>
/// <param name="Passages">Passages the index holds; null while it is being rebuilt.</param>
/// <param name="Cursor">The last outbox task this node's index has applied.</param>
/// <param name="LastTaskId">The newest outbox task in the store.</param>
/// <param name="FailureCount">Content items the index could not take (every one, not only those listed).</param>
/// <param name="Failures">The latest of them, with the error of their last attempt.</param>
public sealed record IndexHealthReport(
    string IndexDirectory,
    IndexState State,
    string? MovedAsideTo,
    int? Passages,
    long Cursor,
    long LastTaskId,
    int FailureCount,
    IReadOnlyList<IndexingFailure> Failures)
{
    /// <summary>Outbox tasks not yet applied by this node (a catch-up applies them).</summary>
    public long TasksBehind => Math.Max(0, LastTaskId - Cursor);

    /// <summary>Ready and nothing failed: what <c>inspection check</c> counts as clean.</summary>
    public bool IsHealthy => State == IndexState.Ready && FailureCount == 0;
}

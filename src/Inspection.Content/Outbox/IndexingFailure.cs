namespace Inspection.Content.Outbox;

/// <summary>A content item the index could not take, as the store records it until a later attempt succeeds.</summary>
public sealed record IndexingFailure(
    string ContentItemId,
    string ContentItemVersionId,
    long TaskId,
    string Error,
    int Attempts,
    DateTime FirstFailedUtc,
    DateTime LastFailedUtc);

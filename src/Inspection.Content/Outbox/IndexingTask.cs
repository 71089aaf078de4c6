namespace Inspection.Content.Outbox;

/// <summary>A committed content change; indexers tail these in <see cref="Id"/> order and keep the last id as their cursor.</summary>
public sealed record IndexingTask(long Id, string ContentItemId, string ContentItemVersionId, IndexingTaskKind Kind, DateTime CreatedUtc);

using Inspection.Content.Outbox;

namespace Inspection.Content.Persistence;

/// <summary>An outbox row: a content change for indexers to apply, in <see cref="Id"/> order.</summary>
public sealed class IndexingTaskRecord
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public IndexingTaskKind Kind { get; set; }

    public DateTime CreatedUtc { get; set; }
}

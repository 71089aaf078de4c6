namespace Inspection.Content.Outbox;

/// <summary>What an indexer must do with an item: re-read it, or drop it from the index.</summary>
public enum IndexingTaskKind
{
    Update,
    Delete,
}

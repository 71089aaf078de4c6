namespace Inspection.Application.Health;

/// <summary>Whether this node's search index answers searches.</summary>
public enum IndexState
{
    /// <summary>Open and answering; it may still be behind the outbox by <see cref="IndexHealthReport.TasksBehind"/>.</summary>
    Ready,

    /// <summary>Found unreadable, moved aside, and being refilled from the store: searches answer that it is being rebuilt.</summary>
    Rebuilding,
}

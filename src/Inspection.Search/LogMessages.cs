using Microsoft.Extensions.Logging;

namespace Inspection.Search;

internal static partial class LogMessages
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Opened passages index at {Directory} ({Passages} passages)")]
    public static partial void IndexOpened(this ILogger logger, string directory, int passages);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Cleared the passages index at {Directory}")]
    public static partial void IndexCleared(this ILogger logger, string directory);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Search query was too broad to run ({Reason})")]
    public static partial void QueryTooBroad(this ILogger logger, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Index caught up with the store: {Documents} document(s), cursor {Cursor}")]
    public static partial void CaughtUp(this ILogger logger, int documents, long cursor);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Index rebuilt from the store: {Documents} document(s), cursor {Cursor}")]
    public static partial void Rebuilt(this ILogger logger, int documents, long cursor);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Index at {Path} was written by an older layout ({Found}, now {Current}): emptied, the next catch-up refills it from the store")]
    public static partial void IndexLayoutChanged(this ILogger logger, string path, string found, string current);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Warming the index with {Warmer} failed ({Reason}); readers do the work on first use")]
    public static partial void WarmingFailed(this ILogger logger, string warmer, string reason);

    [LoggerMessage(EventId = 3090, Level = LogLevel.Error, Message = "A background index catch-up failed; the next catch-up retries its tasks")]
    public static partial void BackgroundCatchUpFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3097, Level = LogLevel.Error, Message = "Warming the index in the background failed; readers work out what it would have kept")]
    public static partial void BackgroundWarmingFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3098, Level = LogLevel.Warning, Message = "Reading {Items} items for the index at once failed ({Reason}); reading them one at a time")]
    public static partial void BatchReadFailed(this ILogger logger, int items, string reason);

    [LoggerMessage(EventId = 3091, Level = LogLevel.Warning, Message = "The local index could not take committed evidence from memory; catch-ups will read it from the store")]
    public static partial void LocalIndexUnavailable(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3099, Level = LogLevel.Information, Message = "The index is held by another process on this index folder, which indexes committed evidence from the store")]
    public static partial void LocalIndexHeldElsewhere(this ILogger logger);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "Meaning search embedded {Passages} passage(s); {Pending} still to embed")]
    public static partial void MeaningCaughtUp(this ILogger logger, int passages, int pending);

    [LoggerMessage(EventId = 3092, Level = LogLevel.Error, Message = "Embedding passages for meaning search failed; the next round retries them")]
    public static partial void MeaningCatchUpFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3093, Level = LogLevel.Error, Message = "The index at {Path} could not be read ({Reason}); moved aside to {MovedTo} and to be rebuilt from the store")]
    public static partial void IndexUnreadable(this ILogger logger, string path, string movedTo, string reason, Exception exception);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Information, Message = "Rebuilding the index from the store in the background; searches answer that it is being rebuilt until it is done")]
    public static partial void RebuildStarted(this ILogger logger);

    [LoggerMessage(EventId = 3094, Level = LogLevel.Error, Message = "Rebuilding the index from the store failed; the next catch-up tries again")]
    public static partial void RebuildFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3095, Level = LogLevel.Error, Message = "Indexing {ContentItemId} (outbox task {TaskId}) failed; recorded and skipped, the items after it are still indexed")]
    public static partial void OutboxItemFailed(this ILogger logger, string contentItemId, long taskId, Exception exception);

    [LoggerMessage(EventId = 3096, Level = LogLevel.Warning, Message = "Letting go of the unreadable index at {Path} failed ({Reason})")]
    public static partial void IndexReleaseFailed(this ILogger logger, string path, string reason);
}

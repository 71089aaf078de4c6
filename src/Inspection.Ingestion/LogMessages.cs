using Microsoft.Extensions.Logging;

namespace Inspection.Ingestion;

/// <summary>The ingestion library's log messages.</summary>
internal static partial class LogMessages
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Ingested {File} as {ContentItemId} ({Passages} passages, {Findings} findings)")]
    public static partial void Ingested(ILogger logger, string file, string contentItemId, int passages, int findings);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "{File} is already held as {ContentItemId}")]
    public static partial void Duplicate(ILogger logger, string file, string contentItemId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Rejected {File}: {Reason}")]
    public static partial void Rejected(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Could not process {File}")]
    public static partial void Failed(ILogger logger, string file, Exception exception);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "After job {JobId}, the index could not catch up; it will on the next catch-up")]
    public static partial void BatchListenerFailed(ILogger logger, string jobId, Exception exception);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Node {NodeId} could not renew or release its claims on upload job items; other nodes take them over once the lease runs out")]
    public static partial void LeaseRenewalFailed(ILogger logger, string nodeId, Exception exception);
}

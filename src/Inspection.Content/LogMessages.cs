using Microsoft.Extensions.Logging;

namespace Inspection.Content;

/// <summary>The content store's log messages.</summary>
internal static partial class LogMessages
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Store ready on {Provider}: {Migrations} migrations applied, data in {DataDirectory}")]
    public static partial void StoreReady(ILogger logger, Inspection.Content.Store.StoreProvider provider, int migrations, string dataDirectory);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Deleted {Count} temp files left by an interrupted upload")]
    public static partial void StaleTempFilesDeleted(ILogger logger, int count);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Debug, Message = "Stored blob {Sha256} ({Length} bytes)")]
    public static partial void BlobStored(ILogger logger, string sha256, long length);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Debug, Message = "Blob {Sha256} was already stored")]
    public static partial void BlobAlreadyStored(ILogger logger, string sha256);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Information, Message = "Exported the store to {Directory}: {Items} items, {Originals} originals")]
    public static partial void StoreExported(ILogger logger, string directory, long items, long originals);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Information, Message = "Imported {Directory} into the store: {Items} items, {Originals} originals")]
    public static partial void StoreImported(ILogger logger, string directory, long items, long originals);
}

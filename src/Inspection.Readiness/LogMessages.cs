using Microsoft.Extensions.Logging;

namespace Inspection.Readiness;

internal static partial class LogMessages
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Kept theme results {Path} could not be read ({Reason}); they are recomputed")]
    public static partial void SegmentResultsUnreadable(this ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Theme results could not be kept in {Path} ({Reason}); they will be recomputed next time")]
    public static partial void SegmentResultsNotWritten(this ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Theme results of a merged-away segment {Path} could not be deleted ({Reason})")]
    public static partial void SegmentResultsNotDeleted(this ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Themes warmed for the index: {Themes} theme(s) of {Frameworks} framework(s) over {Segments} segment(s) in {Milliseconds} ms; {Pruned} old file(s) removed")]
    public static partial void ThemesWarmed(this ILogger logger, int themes, int frameworks, int segments, long milliseconds, int pruned);

}

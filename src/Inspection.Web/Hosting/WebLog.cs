namespace Inspection.Web.Hosting;

/// <summary>The web host's log messages.</summary>
internal static partial class WebLog
{
    [LoggerMessage(1, LogLevel.Information, "Store ready: {Recipes} recipe(s) applied, {Samples} sample document(s) added")]
    public static partial void SetupDone(ILogger logger, int recipes, int samples);

    [LoggerMessage(2, LogLevel.Information, "Upload by {User}: job {JobId} with {Files} file(s)")]
    public static partial void UploadQueued(ILogger logger, string user, string jobId, int files);

    [LoggerMessage(3, LogLevel.Error, "Ingestion worker failed; it will retry the unfinished jobs")]
    public static partial void IngestionWorkerFailed(ILogger logger, Exception exception);

    [LoggerMessage(20, LogLevel.Warning, "Upload waits: {Message}")]
    public static partial void JobWaits(ILogger logger, string message);

    [LoggerMessage(4, LogLevel.Warning, "Index catch-up from the store failed; it will be retried")]
    public static partial void CatchUpFailed(ILogger logger, Exception exception);

    [LoggerMessage(5, LogLevel.Information, "Sign-in refused for {User}: {Reason}")]
    public static partial void SignInRefused(ILogger logger, string user, string reason);

    [LoggerMessage(6, LogLevel.Warning, "Could not remove the finished upload folder {Folder}")]
    public static partial void UploadCleanupFailed(ILogger logger, string folder, Exception exception);

    [LoggerMessage(7, LogLevel.Warning, "No one can sign in yet: the first visit to the site creates the administrator (/account/setup), or use 'inspection users add'")]
    public static partial void NoUsersYet(ILogger logger);

    [LoggerMessage(8, LogLevel.Information, "Recycle bin: {Documents} document(s) past the retention period purged")]
    public static partial void Purged(ILogger logger, int documents);

    [LoggerMessage(9, LogLevel.Error, "Recycle bin: purging documents past the retention period failed; it will be tried again")]
    public static partial void RetentionFailed(ILogger logger, Exception exception);

    [LoggerMessage(10, LogLevel.Information, "Kind classifier trained on {Documents} document(s)")]
    public static partial void KindModelTrained(ILogger logger, int documents);

    [LoggerMessage(11, LogLevel.Warning, "Training the kind classifier failed; it will be tried again")]
    public static partial void KindTrainingFailed(ILogger logger, Exception exception);

    [LoggerMessage(12, LogLevel.Warning, "Council sign-in failed at the identity provider's answer: {Reason}")]
    public static partial void CouncilSignInFailed(ILogger logger, string reason);
}

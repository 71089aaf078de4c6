namespace Inspection.Ingestion.Pipeline;

/// <summary>
/// An upload job stopped because the data folder could not be written (a full disk, a folder made read-only): no fault of
/// the file, which stays waiting with the files after it until a later run finishes them. <see cref="Reason"/> says why in
/// words fit for the person who uploaded (no server path); the message names the file and the job for the log.
/// </summary>
public sealed class JobWaitsException : IOException
{
    public JobWaitsException()
    {
        JobId = "";
        Reason = "";
    }

    public JobWaitsException(string message)
        : base(message)
    {
        JobId = "";
        Reason = "";
    }

    public JobWaitsException(string message, Exception innerException)
        : base(message, innerException)
    {
        JobId = "";
        Reason = "";
    }

    public JobWaitsException(string jobId, string fileName, Exception cause)
        : base($"{fileName}: could not be saved ({cause?.Message}); it and the files after it wait in upload job {jobId}, which the next run finishes", cause)
    {
        JobId = jobId;
        Reason = Why(cause);
    }

    public string JobId { get; }

    /// <summary>Why, for people: "the disk holding the data folder is full", "the data folder cannot be written".</summary>
    public string Reason { get; }

    private static string Why(Exception? cause) => cause switch
    {
        UnauthorizedAccessException => "the data folder cannot be written",
        // ENOSPC is errno 28 on Linux; Windows reports ERROR_DISK_FULL (112) or ERROR_HANDLE_DISK_FULL (39).
        IOException io when (io.HResult & 0xFFFF) is 28 or 112 or 39 || io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase)
            => "the disk holding the data folder is full",
        _ => "the data folder could not be written",
    };
}

namespace Inspection.Ingestion;

/// <summary>A file that cannot be ingested, with the file and a one-line reason a person understands.</summary>
public sealed class IngestionException : Exception
{
    public IngestionException()
    {
        FilePath = "";
        Reason = "";
    }

    public IngestionException(string message)
        : base(message)
    {
        FilePath = "";
        Reason = message;
    }

    public IngestionException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = "";
        Reason = message;
    }

    public IngestionException(string filePath, string reason, Exception? innerException = null)
        : base($"{Path.GetFileName(filePath)}: {reason}", innerException)
    {
        FilePath = filePath;
        Reason = reason;
    }

    public string FilePath { get; }

    public string Reason { get; }
}

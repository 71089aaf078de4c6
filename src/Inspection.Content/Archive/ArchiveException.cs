namespace Inspection.Content.Archive;

/// <summary>An export or import that cannot go ahead: the folder is not empty, the store is not empty, or the export is damaged.</summary>
public sealed class ArchiveException : Exception
{
    public ArchiveException()
    {
    }

    public ArchiveException(string message)
        : base(message)
    {
    }

    public ArchiveException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

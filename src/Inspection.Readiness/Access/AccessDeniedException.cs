namespace Inspection.Readiness.Access;

/// <summary>
/// The caller's role does not allow this use case (upload, manage findings, read the audit log). Not being allowed to see
/// a thing is different: that reads as "not found", so that nobody learns it exists.
/// </summary>
public sealed class AccessDeniedException : Exception
{
    public AccessDeniedException()
    {
    }

    public AccessDeniedException(string message)
        : base(message)
    {
    }

    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

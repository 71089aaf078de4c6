namespace Inspection.Search.Indexing;

/// <summary>
/// The index is being rebuilt from the store (it was unreadable, or a rebuild was cut short), so it cannot answer
/// searches truthfully yet; hosts show <see cref="Exception.Message"/> as it is.
/// </summary>
public sealed class IndexRebuildingException : Exception
{
    public const string DefaultMessage = "The search index is being rebuilt from the store; search will be back when it is done. Try again in a few minutes.";

    public IndexRebuildingException()
        : base(DefaultMessage)
    {
    }

    public IndexRebuildingException(string message)
        : base(message)
    {
    }

    public IndexRebuildingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

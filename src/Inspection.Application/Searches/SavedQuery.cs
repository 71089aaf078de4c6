namespace Inspection.Application.Searches;

/// <summary>The search a saved search stands for: the words and the filters, as the search form takes them.</summary>
public sealed record SavedQuery(string? Q, string? Type, string? Theme, string? After, string? Before, string? Sort)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Q) && string.IsNullOrWhiteSpace(Type) && string.IsNullOrWhiteSpace(Theme);
}

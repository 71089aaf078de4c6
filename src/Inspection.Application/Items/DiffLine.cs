namespace Inspection.Application.Items;

/// <summary>One line of a comparison of two versions: kept, removed (only in the older) or added (only in the newer).</summary>
public sealed record DiffLine(string Change, string Text)
{
    public const string Kept = "kept";
    public const string Removed = "removed";
    public const string Added = "added";
}

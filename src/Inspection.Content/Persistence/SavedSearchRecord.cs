namespace Inspection.Content.Persistence;

/// <summary>A search someone saved: its owner, name, the search itself (JSON of the search form) and whether the team shares it.</summary>
public sealed class SavedSearchRecord
{
    public string Id { get; set; } = "";

    public string Owner { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The search as JSON: words, kind, theme, dates and order.</summary>
    public string Query { get; set; } = "";

    public bool Shared { get; set; }

    public DateTime CreatedUtc { get; set; }
}

namespace Inspection.Content.Persistence;

/// <summary>When one person last opened a saved search, so that matches added since can be counted for them.</summary>
public sealed class SavedSearchVisitRecord
{
    public string SavedSearchId { get; set; } = "";

    public string UserName { get; set; } = "";

    public DateTime LastOpenedUtc { get; set; }
}

namespace Inspection.Content.Persistence;

/// <summary>A stored role: its name and the JSON of its description and permissions.</summary>
public sealed class RoleRecord
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string Json { get; set; } = "";
}

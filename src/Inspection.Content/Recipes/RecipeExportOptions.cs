namespace Inspection.Content.Recipes;

/// <summary>The header of an exported recipe and what goes into it.</summary>
public sealed record RecipeExportOptions
{
    public string Name { get; init; } = "inspection-export";

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public string? Author { get; init; }

    public string? Website { get; init; }

    public string Version { get; init; } = "1.0.0";

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>When true, an item whose latest version is a draft is exported as its published version, and never-published items are left out (Orchard's deployment behaviour).</summary>
    public bool PublishedOnly { get; init; }
}

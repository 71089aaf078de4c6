namespace Inspection.Content.Persistence;

/// <summary>A stored content type definition, kept as the JSON it was imported as.</summary>
public sealed class ContentTypeDefinitionRecord
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Json { get; set; } = "";
}

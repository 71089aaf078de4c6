namespace Inspection.Content.Persistence;

/// <summary>A stored content part definition, kept as the JSON it was imported as.</summary>
public sealed class ContentPartDefinitionRecord
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string Json { get; set; } = "";
}

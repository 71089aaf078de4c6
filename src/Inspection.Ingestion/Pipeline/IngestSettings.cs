using Inspection.Content.Evidence;

namespace Inspection.Ingestion.Pipeline;

/// <summary>Choices made by the person ingesting: who they are and how the evidence is classified.</summary>
public sealed record IngestSettings(string UserName, string Classification = Classifications.Official)
{
    public static IngestSettings Default { get; } = new("system");
}

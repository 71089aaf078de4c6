using Inspection.Content.Recipes;
using Inspection.Ingestion.Pipeline;

namespace Inspection.Readiness.Setup;

/// <summary>What a setup run did: each recipe's tally and what became of each sample file.</summary>
public sealed record StoreSetupResult(IReadOnlyList<RecipeImportResult> Recipes, IReadOnlyList<IngestOutcome> Samples)
{
    /// <summary>The authority the repository serves after the run, or null when none is set.</summary>
    public string? Authority { get; init; }
}

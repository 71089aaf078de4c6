namespace Inspection.Ingestion.Enrichment;

/// <summary>Values of <c>Finding.Verdict</c> for a progress verdict on a weakness.</summary>
public static class ProgressVerdicts
{
    public const string Sufficient = "sufficient";
    public const string Insufficient = "insufficient";
}

namespace Inspection.Ingestion.Enrichment;

/// <summary>Ofsted's four-point grades, spelled as Ofsted writes them.</summary>
public static class JudgementGrades
{
    public const string Outstanding = "Outstanding";
    public const string Good = "Good";
    public const string RequiresImprovement = "Requires improvement to be good";
    public const string Inadequate = "Inadequate";
}

namespace Inspection.Ingestion.Enrichment;

/// <summary>The evidence content type names a document can be recognised as.</summary>
public static class DocumentKinds
{
    public const string InspectionLetter = "InspectionLetter";
    public const string SelfEvaluation = "SelfEvaluation";
    public const string Audit = "Audit";
    public const string ImpactStatement = "ImpactStatement";
    public const string ActionPlan = "ActionPlan";
    public const string CommitteeReport = "CommitteeReport";
    public const string Minutes = "Minutes";
    public const string PerformanceData = "PerformanceData";
    public const string Other = "Other";
}

namespace Inspection.Ingestion.Enrichment;

/// <summary>Grades as Ofsted writes them: the four-point scale, the renewed schools framework's five-point scale and
/// safeguarding verdict (November 2025), and the three outcomes of an area SEND inspection (2023).</summary>
public static class JudgementGrades
{
    public const string Outstanding = "Outstanding";
    public const string Good = "Good";
    public const string RequiresImprovement = "Requires improvement to be good";
    public const string Inadequate = "Inadequate";

    public const string Exceptional = "Exceptional";
    public const string StrongStandard = "Strong standard";
    public const string ExpectedStandard = "Expected standard";
    public const string NeedsAttention = "Needs attention";
    public const string UrgentImprovement = "Urgent improvement";
    public const string Met = "Met";
    public const string NotMet = "Not met";

    public const string PositiveOutcomes = "Positive experiences and outcomes";
    public const string InconsistentOutcomes = "Inconsistent experiences and outcomes";
    public const string SystemicFailings = "Widespread and/or systemic failings";
}

namespace Inspection.Readiness.Coverage;

/// <summary>The stable codes of <see cref="CoverageGap"/>.</summary>
public static class GapCodes
{
    public const string NoEvidence = "no-evidence";
    public const string Stale = "stale";
    public const string SelfAssessmentOnly = "self-assessment-only";
    public const string OpenFindingWithoutAction = "open-finding-without-action";
    public const string OpenFindingWithoutImpact = "open-finding-without-impact";
}

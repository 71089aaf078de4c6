namespace Inspection.Readiness.Coverage;

/// <summary>The stable codes of <see cref="CoverageGap"/>.</summary>
public static class GapCodes
{
    public const string NoEvidence = "no-evidence";
    public const string Stale = "stale";
    public const string SelfAssessmentOnly = "self-assessment-only";
    public const string OpenFindingWithoutAction = "open-finding-without-action";
    public const string OpenFindingWithoutImpact = "open-finding-without-impact";

    /// <summary>Evidence that is the authority's own account of itself.</summary>
    public static IReadOnlyList<string> SelfAssessmentKinds { get; } = ["SelfEvaluation", "CommitteeReport", "Minutes"];

    /// <summary>Evidence that tests the authority's account: what inspectors triangulate with.</summary>
    public static IReadOnlyList<string> IndependentKinds { get; } = ["Audit", "InspectionLetter", "PerformanceData"];
}

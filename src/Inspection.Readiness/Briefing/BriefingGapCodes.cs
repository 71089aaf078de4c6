namespace Inspection.Readiness.Briefing;

/// <summary>Stable ids of the gaps a briefing finds itself (beside those of the coverage service).</summary>
public static class BriefingGapCodes
{
    public const string NoRecentAudit = "no-recent-audit";
    public const string NoImpactStatement = "no-impact-statement";
    public const string NoPerformanceData = "no-performance-data";
    public const string FindingsWithoutActions = "findings-without-actions";
    public const string InsufficientProgress = "insufficient-progress";
}

namespace Inspection.Content.Evidence;

/// <summary>The kinds of finding, as stored (invariant ids).</summary>
public static class FindingKinds
{
    public const string Recommendation = "recommendation";
    public const string AreaForImprovement = "area-for-improvement";
    public const string AreaForPriorityAction = "area-for-priority-action";
    public const string SignificantWeakness = "significant-weakness";
    public const string Strength = "strength";
    public const string ProgressVerdict = "progress-verdict";

    /// <summary>An area of concern a written statement of action answers (the inspection's weakness as the plan states it).</summary>
    public const string AreaOfConcern = "area-of-concern";

    /// <summary>What inspectors found as another document reports it ("Inspectors noted that ..."): second hand, so marked as quoted.</summary>
    public const string QuotedFinding = "quoted-finding";
}

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
}

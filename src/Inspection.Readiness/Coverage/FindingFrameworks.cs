namespace Inspection.Readiness.Coverage;

/// <summary>Which framework a finding was made under, from its kind of visit and its date: SEND findings are not ILACS gaps.</summary>
public static class FindingFrameworks
{
    private static readonly DateOnly Send2023Start = new(2023, 1, 1);
    private static readonly HashSet<string> SendVisits = new(StringComparer.Ordinal) { "area-send-inspection", "send-revisit" };
    private static readonly HashSet<string> ChildrensServicesVisits = new(StringComparer.Ordinal) { "focused-visit", "monitoring-visit", "jtai" };

    /// <summary>True when a finding of this visit could concern a theme of the framework; an unknown visit kind concerns any.</summary>
    public static bool Applies(string? visitKind, DateOnly? visitDate, string frameworkId)
    {
        ArgumentNullException.ThrowIfNull(frameworkId);
        var isSendFramework = frameworkId.StartsWith("send-", StringComparison.Ordinal);
        if (visitKind is null)
        {
            return true;
        }

        if (SendVisits.Contains(visitKind))
        {
            // Judged against the framework in force at the visit.
            return visitDate is null
                ? isSendFramework
                : string.Equals(frameworkId, visitDate >= Send2023Start ? "send-2023" : "send-2016", StringComparison.Ordinal);
        }

        if (ChildrensServicesVisits.Contains(visitKind))
        {
            return string.Equals(frameworkId, "ilacs", StringComparison.Ordinal);
        }

        return !isSendFramework;
    }
}

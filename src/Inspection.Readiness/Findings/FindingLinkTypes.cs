namespace Inspection.Readiness.Findings;

/// <summary>What a row of the <c>FindingLinks</c> table points at, as stored.</summary>
public static class FindingLinkTypes
{
    public const string Action = "action";
    public const string Evidence = "evidence";

    /// <summary>A revisit's verdict (a finding id) that moved this finding to addressed.</summary>
    public const string Verdict = "verdict";
}

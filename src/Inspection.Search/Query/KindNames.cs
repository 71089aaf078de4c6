namespace Inspection.Search.Query;

/// <summary>Maps what people type after "type:" to the evidence kind names stored in the index.</summary>
public static class KindNames
{
    public static IReadOnlyList<string> All { get; } =
    [
        "InspectionLetter", "SelfEvaluation", "Audit", "ImpactStatement", "ActionPlan",
        "CommitteeReport", "Minutes", "PerformanceData", "Other",
    ];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["letter"] = "InspectionLetter",
        ["inspection"] = "InspectionLetter",
        ["sef"] = "SelfEvaluation",
        ["selfevaluation"] = "SelfEvaluation",
        ["self-evaluation"] = "SelfEvaluation",
        ["impact"] = "ImpactStatement",
        ["plan"] = "ActionPlan",
        ["committee"] = "CommitteeReport",
        ["report"] = "CommitteeReport",
        ["performance"] = "PerformanceData",
        ["data"] = "PerformanceData",
    };

    /// <summary>Resolves a typed name ("audit", "letter", "Action-Plan") to a kind name, or null when unknown.</summary>
    public static string? Resolve(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var compact = typed.Trim().Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        var exact = All.FirstOrDefault(k => string.Equals(k, compact, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        return Aliases.TryGetValue(typed.Trim(), out var alias) || Aliases.TryGetValue(compact, out alias) ? alias : null;
    }
}

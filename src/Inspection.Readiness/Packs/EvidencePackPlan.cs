using Inspection.Readiness.Briefing;

namespace Inspection.Readiness.Packs;

/// <summary>What a pack will hold, before it is written: the briefing it opens with and its documents in order.</summary>
public sealed record EvidencePackPlan(VisitBriefing Briefing, IReadOnlyList<PackedDocument> Documents, IReadOnlyList<string> Classifications)
{
    /// <summary>The file name people will see for the download ("evidence-pack-ilacs-care-leavers-2026-12-01.zip").</summary>
    /// <summary>
    /// Documents on the theme the pack leaves out because their classification was not asked for, by classification
    /// ("Personal": 2): only classifications the person may see, so the count never tells of evidence they may not.
    /// </summary>
    public IReadOnlyDictionary<string, int> LeftOut { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    public string FileName => $"evidence-pack-{Briefing.ThemeId.Replace('/', '-')}-{Briefing.GeneratedUtc.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.zip";
}

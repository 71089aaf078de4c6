using Inspection.Readiness.Briefing;

namespace Inspection.Readiness.Packs;

/// <summary>What a pack will hold, before it is written: the briefing it opens with and its documents in order.</summary>
public sealed record EvidencePackPlan(VisitBriefing Briefing, IReadOnlyList<PackedDocument> Documents, IReadOnlyList<string> Classifications)
{
    /// <summary>The file name people will see for the download ("evidence-pack-ilacs-care-leavers-2026-12-01.zip").</summary>
    public string FileName => $"evidence-pack-{Briefing.ThemeId.Replace('/', '-')}-{Briefing.GeneratedUtc.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.zip";
}

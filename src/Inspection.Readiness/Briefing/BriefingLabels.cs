using System.Globalization;
using Inspection.Content.Evidence;
using Inspection.Ingestion.Enrichment;
using Inspection.Readiness.Findings;

namespace Inspection.Readiness.Briefing;

/// <summary>Words and UK dates ("9 August 2021") for the briefing's readers; stored ids stay invariant.</summary>
public static class BriefingLabels
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", EnGb) ?? "undated";

    public static string Date(DateTime utc) => utc.ToString("d MMMM yyyy", EnGb);

    public static string FindingKind(string kind) => kind switch
    {
        FindingKinds.Recommendation => "Recommendation",
        FindingKinds.AreaForImprovement => "Area for improvement",
        FindingKinds.AreaForPriorityAction => "Area for priority action",
        FindingKinds.SignificantWeakness => "Area of significant weakness",
        FindingKinds.Strength => "Strength",
        FindingKinds.ProgressVerdict => "Progress verdict",
        FindingKinds.AreaOfConcern => "Area of concern",
        FindingKinds.QuotedFinding => "Inspectors' finding as reported",
        _ => kind,
    };

    public static string Verdict(string? verdict) => verdict switch
    {
        ProgressVerdicts.Sufficient => "Sufficient progress",
        ProgressVerdicts.Insufficient => "Not sufficient progress",
        null => "",
        _ => verdict,
    };

    public static string VisitKind(string? visitKind) => visitKind switch
    {
        VisitKinds.FullInspection => "Full inspection",
        VisitKinds.ShortInspection => "Short inspection",
        VisitKinds.FocusedVisit => "Focused visit",
        VisitKinds.MonitoringVisit => "Monitoring visit",
        VisitKinds.Jtai => "Joint targeted area inspection",
        VisitKinds.AreaSendInspection => "Area SEND inspection",
        VisitKinds.SendRevisit => "Area SEND revisit",
        null => "Visit",
        _ => visitKind,
    };

    public static string Status(string status) => status switch
    {
        FindingStatuses.Open => "Open",
        FindingStatuses.InProgress => "In progress",
        FindingStatuses.EvidenceOfImpact => "Evidence of impact",
        FindingStatuses.Addressed => "Addressed (sufficient progress at a revisit)",
        FindingStatuses.Closed => "Closed",
        _ => status,
    };

    /// <summary>"1 action", "3 actions".</summary>
    public static string Count(int n, string one, string many) =>
        n == 1 ? $"1 {one}" : $"{n.ToString("N0", EnGb)} {many}";

    /// <summary>
    /// An excerpt whose matched words the search marked with Markdown strong (<c>**RHIs**</c>) as HTML: every piece
    /// encoded, the marked words in <c>&lt;mark&gt;</c>.
    /// </summary>
    public static string HighlightedHtml(string? excerpt)
    {
        var parts = (excerpt ?? "").Split("**");
        var html = new System.Text.StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            var text = System.Net.WebUtility.HtmlEncode(parts[i]);
            if (i % 2 == 1 && i < parts.Length - 1)
            {
                html.Append("<mark>").Append(text).Append("</mark>");
            }
            else
            {
                // An unpaired last marker stays as written.
                html.Append(i % 2 == 1 ? "**" : "").Append(text);
            }
        }

        return html.ToString();
    }

    /// <summary>The excerpt as plain text, the search's highlight markers taken out.</summary>
    public static string PlainExcerpt(string? excerpt) => (excerpt ?? "").Replace("**", "", StringComparison.Ordinal);

    /// <summary>The protective marking a document drawing on evidence of this classification carries (Government Security Classifications).</summary>
    public static string Marking(string? classification) => classification switch
    {
        Classifications.Personal => "OFFICIAL-SENSITIVE: PERSONAL",
        Classifications.OfficialSensitive => "OFFICIAL-SENSITIVE",
        _ => "OFFICIAL",
    };

    /// <summary>A gap's kind in words, for people who read the code rather than the reason.</summary>
    public static string Gap(string code) => code switch
    {
        Coverage.GapCodes.NoEvidence => "No evidence",
        Coverage.GapCodes.Stale => "Evidence out of date",
        Coverage.GapCodes.SelfAssessmentOnly => "Only self-assessment",
        Coverage.GapCodes.OpenFindingWithoutAction => "Open finding without an action",
        Coverage.GapCodes.OpenFindingWithoutImpact => "Open finding without evidence of impact",
        BriefingGapCodes.NoRecentAudit => "No recent audit",
        BriefingGapCodes.NoImpactStatement => "No impact statement",
        BriefingGapCodes.NoPerformanceData => "No performance data",
        BriefingGapCodes.FindingsWithoutActions => "Findings without actions",
        BriefingGapCodes.InsufficientProgress => "Insufficient progress at a revisit",
        _ => code,
    };

    /// <summary>A visit in words: "Focused visit, 9 August 2021".</summary>
    public static string Visit(string? visitKind, DateOnly? date) => $"{VisitKind(visitKind)}, {Date(date)}";

    /// <summary>A status inside a sentence: "in progress", "evidence of impact".</summary>
    public static string StatusInSentence(string status)
    {
        var words = Status(status);
        return words.Length == 0 ? words : string.Concat(words[..1].ToLowerInvariant(), words.AsSpan(1));
    }

    public static string Source(string? file, int pageFrom, int pageTo)
    {
        var pages = pageFrom == pageTo
            ? string.Create(CultureInfo.InvariantCulture, $"page {pageFrom}")
            : string.Create(CultureInfo.InvariantCulture, $"pages {pageFrom} to {pageTo}");
        return string.IsNullOrEmpty(file) ? pages : $"{file}, {pages}";
    }
}

using System.Globalization;
using System.Text;

namespace Inspection.Readiness.Briefing;

/// <summary>The briefing as plain text, for a terminal or an email.</summary>
public static class BriefingTextRenderer
{
    public static string Render(VisitBriefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var text = new StringBuilder();
        Line(text, $"VISIT BRIEFING: {briefing.ThemeTitle}");
        Line(text, $"Theme {briefing.ThemeId}, prepared on {BriefingLabels.Date(briefing.GeneratedUtc)}");
        if (!string.IsNullOrWhiteSpace(briefing.Criteria))
        {
            Line(text, briefing.Criteria);
        }

        Heading(text, "What inspectors said");
        if (briefing.Findings.Count == 0)
        {
            Line(text, "No findings from inspections or visits are held for this theme.");
        }

        foreach (var tracked in briefing.Findings)
        {
            var f = tracked.Finding;
            var verdict = f.Verdict is null ? "" : $" [{BriefingLabels.Verdict(f.Verdict)}]";
            Line(text, $"- {BriefingLabels.VisitKind(f.VisitKind)}, {BriefingLabels.Date(f.VisitDate)}: {BriefingLabels.FindingKind(f.Kind)}{verdict}");
            Line(text, $"  {f.Text}");
            Line(text, $"  {BriefingLabels.Status(tracked.Status)}; {BriefingLabels.Source(tracked.SourceFile, f.Page, f.Page)}; finding {f.FindingId}");
        }

        Heading(text, "Actions and their RAG rating");
        if (briefing.Actions.Count == 0)
        {
            Line(text, "No actions are linked to these findings.");
        }

        foreach (var action in briefing.Actions)
        {
            var due = action.DueDate is null ? "" : $", due {BriefingLabels.Date(action.DueDate)}";
            Line(text, $"- {action.Title} ({action.Owner ?? "no owner"}{due}): {action.Rag ?? "not rated"}");
            if (action.RagHistory.Count > 1)
            {
                Line(text, "  " + string.Join(" -> ", action.RagHistory.Select(r => $"{r.Rag} ({BriefingLabels.Date(r.ChangedUtc)})")));
            }
        }

        Heading(text, "Latest evidence");
        Evidence(text, "Audits", briefing.Audits);
        Evidence(text, "Impact statements", briefing.ImpactStatements);
        Evidence(text, "Performance data", briefing.PerformanceData);

        Heading(text, "Gaps");
        if (briefing.Gaps.Count == 0)
        {
            Line(text, "No gaps found.");
        }

        foreach (var gap in briefing.Gaps)
        {
            Line(text, $"- {gap.Reason}");
        }

        return text.ToString();
    }

    private static void Evidence(StringBuilder text, string heading, IReadOnlyList<BriefingEvidence> evidence)
    {
        Line(text, heading + ":");
        if (evidence.Count == 0)
        {
            Line(text, "  None held for this theme.");
        }

        foreach (var item in evidence)
        {
            Line(text, $"  - {item.Title}, {BriefingLabels.Date(item.Date)} ({BriefingLabels.Source(item.SourceFile, item.PageFrom, item.PageTo)})");
        }
    }

    private static void Heading(StringBuilder text, string heading)
    {
        text.Append('\n');
        Line(text, heading.ToUpper(CultureInfo.InvariantCulture));
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}

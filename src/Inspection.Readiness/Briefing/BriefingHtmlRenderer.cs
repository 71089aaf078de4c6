using System.Net;
using System.Text;
using Inspection.Readiness.Findings;

namespace Inspection.Readiness.Briefing;

/// <summary>
/// The briefing as one printable HTML page: semantic headings, tables with header scopes, a print stylesheet, no scripts,
/// every value HTML-encoded.
/// </summary>
public static class BriefingHtmlRenderer
{
    private const string Style = """
        body { font-family: Arial, Helvetica, sans-serif; color: #0b0c0c; margin: 2rem; line-height: 1.4; }
        h1 { font-size: 2rem; margin-bottom: 0.25rem; }
        h2 { font-size: 1.5rem; margin-top: 2rem; border-bottom: 2px solid #0b0c0c; }
        h3 { font-size: 1.2rem; margin-top: 1.5rem; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
        caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
        th, td { border: 1px solid #b1b4b6; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { background: #f3f2f1; }
        .meta { color: #505a5f; }
        .rag-red { background: #f4c7c3; } .rag-amber { background: #fce8b2; } .rag-green { background: #cce8d4; }
        @media print {
          body { margin: 0; font-size: 10pt; }
          h2 { break-after: avoid; }
          tr, li { break-inside: avoid; }
          thead { display: table-header-group; }
          a { color: inherit; text-decoration: none; }
        }
        """;

    public static string Render(VisitBriefing briefing) => Render(briefing, authority: null);

    /// <summary>The printable page, headed with the authority's name when one is configured, its protective marking top and bottom, and the date.</summary>
    public static string Render(VisitBriefing briefing, string? authority)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var marking = BriefingLabels.Marking(briefing.Classification);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<title>Visit briefing: ").Append(E(briefing.ThemeTitle)).Append("</title>\n");
        html.Append("<style>\n").Append(Style).Append("\n.marking { text-align: center; font-weight: bold; letter-spacing: .05em; }\n</style>\n</head>\n<body>\n");
        // The markings sit in the banner and content-info landmarks, so that nothing on the page is outside a landmark.
        html.Append("<header><p class=\"marking\">").Append(E(marking)).Append("</p></header>\n<main>\n");
        if (!string.IsNullOrWhiteSpace(authority))
        {
            html.Append("<p class=\"meta\">").Append(E(authority.Trim())).Append("</p>\n");
        }

        html.Append("<h1>Visit briefing: ").Append(E(briefing.ThemeTitle)).Append("</h1>\n");
        html.Append("<p class=\"meta\">Prepared on ").Append(E(BriefingLabels.Date(briefing.GeneratedUtc)))
            .Append(". Protective marking: ").Append(E(marking)).Append(".</p>\n");
        if (!string.IsNullOrWhiteSpace(briefing.Criteria))
        {
            html.Append("<p>").Append(E(briefing.Criteria)).Append("</p>\n");
        }

        AppendFindings(html, briefing.Findings);
        AppendActions(html, briefing.Actions);
        html.Append("<h2 id=\"evidence\">Latest evidence</h2>\n");
        AppendEvidence(html, "Audits", briefing.Audits);
        AppendEvidence(html, "Impact statements", briefing.ImpactStatements);
        AppendEvidence(html, "Performance data", briefing.PerformanceData);
        AppendGaps(html, briefing);
        html.Append("</main>\n<footer><p class=\"marking\">").Append(E(marking)).Append("</p></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendFindings(StringBuilder html, IReadOnlyList<TrackedFinding> findings)
    {
        html.Append("<h2 id=\"findings\">What inspectors said</h2>\n");
        if (findings.Count == 0)
        {
            html.Append("<p>No findings from inspections or visits are held for this theme.</p>\n");
            return;
        }

        html.Append("<table>\n<caption>Findings and verdicts, each matter with its history</caption>\n<thead>\n<tr>");
        foreach (var header in new[] { "Visit", "Kind", "Finding", "Verdict", "Status", "Source" })
        {
            html.Append("<th scope=\"col\">").Append(header).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var tracked in findings)
        {
            var f = tracked.Finding;
            html.Append("<tr><th scope=\"row\">").Append(E(BriefingLabels.VisitKind(f.VisitKind))).Append(", ")
                .Append(E(BriefingLabels.Date(f.VisitDate))).Append("</th>")
                .Append("<td>").Append(E(BriefingLabels.FindingKind(f.Kind))).Append("</td>")
                .Append("<td>").Append(E(f.Text)).Append("</td>")
                .Append("<td>").Append(E(BriefingLabels.Verdict(f.Verdict))).Append("</td>")
                .Append("<td>").Append(E(BriefingLabels.Status(tracked.Status))).Append("</td>")
                .Append("<td>").Append(E(BriefingLabels.Source(tracked.SourceFile, f.Page, f.Page))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendActions(StringBuilder html, IReadOnlyList<TrackedAction> actions)
    {
        html.Append("<h2 id=\"actions\">Actions and their RAG rating</h2>\n");
        if (actions.Count == 0)
        {
            html.Append("<p>No actions are linked to these findings.</p>\n");
            return;
        }

        html.Append("<table>\n<caption>Improvement-plan actions linked to the findings above</caption>\n<thead>\n<tr>");
        foreach (var header in new[] { "Action", "Owner", "Due", "RAG", "RAG history" })
        {
            html.Append("<th scope=\"col\">").Append(header).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var action in actions)
        {
            var rag = action.Rag ?? "";
            var history = string.Join("; ", action.RagHistory.Select(r => $"{r.Rag} from {BriefingLabels.Date(r.ChangedUtc)}"));
            html.Append("<tr><th scope=\"row\">").Append(E(action.Title)).Append("</th>")
                .Append("<td>").Append(E(action.Owner ?? "")).Append("</td>")
                .Append("<td>").Append(E(action.DueDate is null ? "" : BriefingLabels.Date(action.DueDate))).Append("</td>")
                .Append("<td class=\"rag-").Append(E(rag.ToLowerInvariant())).Append("\">").Append(E(rag)).Append("</td>")
                .Append("<td>").Append(E(history)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendEvidence(StringBuilder html, string heading, IReadOnlyList<BriefingEvidence> evidence)
    {
        html.Append("<h3>").Append(E(heading)).Append("</h3>\n");
        if (evidence.Count == 0)
        {
            html.Append("<p>None held for this theme.</p>\n");
            return;
        }

        html.Append("<table>\n<thead>\n<tr><th scope=\"col\">Document</th><th scope=\"col\">Date</th><th scope=\"col\">Source</th><th scope=\"col\">Excerpt</th></tr>\n</thead>\n<tbody>\n");
        foreach (var item in evidence)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(item.Title)).Append("</th>")
                .Append("<td>").Append(E(BriefingLabels.Date(item.Date))).Append("</td>")
                .Append("<td>").Append(E(BriefingLabels.Source(item.SourceFile, item.PageFrom, item.PageTo))).Append("</td>")
                .Append("<td>").Append(BriefingLabels.HighlightedHtml(item.Excerpt)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendGaps(StringBuilder html, VisitBriefing briefing)
    {
        html.Append("<h2 id=\"gaps\">Gaps</h2>\n");
        if (briefing.Gaps.Count == 0)
        {
            html.Append("<p>No gaps found.</p>\n");
            return;
        }

        html.Append("<ul>\n");
        foreach (var gap in briefing.Gaps)
        {
            html.Append("<li><strong>").Append(E(BriefingLabels.Gap(gap.Code))).Append(":</strong> ").Append(E(gap.Reason)).Append("</li>\n");
        }

        html.Append("</ul>\n");
        html.Append("<p class=\"meta\">")
            .Append(E($"{BriefingLabels.Count(briefing.Findings.Count, "finding", "findings")}, {BriefingLabels.Count(briefing.Actions.Count, "action", "actions")}."))
            .Append("</p>\n");
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}

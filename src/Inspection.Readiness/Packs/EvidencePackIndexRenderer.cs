using System.Net;
using System.Text;
using Inspection.Readiness.Briefing;

namespace Inspection.Readiness.Packs;

/// <summary>
/// The pack's opening page, read offline from the ZIP: what inspectors said, the evidence with why each piece is there and
/// a link to its file, and the gaps. Semantic HTML, no scripts, every value HTML-encoded.
/// </summary>
public static class EvidencePackIndexRenderer
{
    private const string Style = """
        body { font-family: Arial, Helvetica, sans-serif; color: #0b0c0c; margin: 2rem; line-height: 1.4; max-width: 60rem; }
        h1 { font-size: 2rem; margin-bottom: .25rem; } h2 { font-size: 1.5rem; margin-top: 2rem; border-bottom: 2px solid #0b0c0c; }
        table { border-collapse: collapse; width: 100%; } caption { text-align: left; font-weight: bold; padding: .25rem 0; }
        th, td { border: 1px solid #b1b4b6; padding: .35rem .5rem; text-align: left; vertical-align: top; } thead th { background: #f3f2f1; }
        .meta { color: #505a5f; } .restricted { font-weight: bold; color: #942514; }
        @media print { body { margin: 0; font-size: 10pt; } tr { break-inside: avoid; } thead { display: table-header-group; } }
        """;

    public static string Render(EvidencePackPlan plan, string userName)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var b = plan.Briefing;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>Evidence pack: ").Append(E(b.ThemeTitle)).Append("</title>\n");
        html.Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<main>\n");
        html.Append("<h1>Evidence pack: ").Append(E(b.ThemeTitle)).Append("</h1>\n");
        html.Append("<p class=\"meta\">Prepared by ").Append(E(userName)).Append(" on ").Append(E(BriefingLabels.Date(b.GeneratedUtc)))
            .Append(". Holds ").Append(plan.Documents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(" document(s) classified ").Append(E(string.Join(", ", plan.Classifications))).Append(".</p>\n");
        if (!string.IsNullOrWhiteSpace(b.Criteria))
        {
            html.Append("<p>").Append(E(b.Criteria)).Append("</p>\n");
        }

        html.Append("<h2>What inspectors said</h2>\n");
        if (b.Findings.Count == 0)
        {
            html.Append("<p>No findings from inspection letters for this theme.</p>\n");
        }
        else
        {
            html.Append("<ul>\n");
            foreach (var t in b.Findings)
            {
                var letter = plan.Documents.FirstOrDefault(d => string.Equals(d.DocumentId, t.Finding.ContentItemId, StringComparison.Ordinal));
                html.Append("<li>").Append(E(t.Finding.Text)).Append(" <span class=\"meta\">(")
                    .Append(E(BriefingLabels.FindingKind(t.Finding.Kind))).Append(", ")
                    .Append(E(BriefingLabels.Visit(t.Finding.VisitKind, t.Finding.VisitDate)));
                if (t.Finding.Verdict is not null)
                {
                    html.Append("; verdict: ").Append(E(BriefingLabels.Verdict(t.Finding.Verdict)));
                }

                html.Append("; now ").Append(E(BriefingLabels.StatusInSentence(t.Status)));
                if (letter is not null)
                {
                    html.Append("; <a href=\"").Append(E(letter.PackPath)).Append("\">the letter</a>, page ").Append(t.Finding.Page.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                html.Append(")</span></li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("<h2>Evidence</h2>\n<table>\n<caption>The documents in this pack, in order</caption>\n");
        html.Append("<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Document</th><th scope=\"col\">Date</th><th scope=\"col\">Why it is here</th></tr></thead>\n<tbody>\n");
        foreach (var d in plan.Documents)
        {
            html.Append("<tr><td><a href=\"").Append(E(d.PackPath)).Append("\">").Append(E(d.PackPath["evidence/".Length..])).Append("</a></td>");
            html.Append("<td>").Append(E(d.Title)).Append("<br><span class=\"meta\">").Append(E(d.KindName)).Append("</span>");
            if (!string.Equals(d.Classification, "Official", StringComparison.Ordinal))
            {
                html.Append("<br><span class=\"restricted\">").Append(E(d.Classification.ToUpperInvariant())).Append("</span>");
            }

            html.Append("</td><td>").Append(E(BriefingLabels.Date(d.Date))).Append("</td><td>");
            if (d.HasFindings)
            {
                html.Append("Inspection findings for this theme. ");
            }

            if (d.MatchingPassages > 0)
            {
                html.Append(E(BriefingLabels.Source(null, d.PageFrom, d.PageTo))).Append(": ").Append(BriefingLabels.HighlightedHtml(d.Excerpt));
                if (d.MatchingPassages > 1)
                {
                    html.Append(" <span class=\"meta\">(").Append(d.MatchingPassages.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" passages on this theme)</span>");
                }
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n<h2>Gaps</h2>\n");
        if (b.Gaps.Count == 0)
        {
            html.Append("<p>None found.</p>\n");
        }
        else
        {
            html.Append("<ul>\n");
            foreach (var gap in b.Gaps)
            {
                html.Append("<li>").Append(E(gap.Reason)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}

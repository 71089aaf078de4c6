using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Inspection.Readiness.Briefing;

/// <summary>
/// The briefing as a Word document (OpenXml), with the same sections as the printable page: the protective marking at the
/// top and bottom, the authority's name when configured, the date, findings with verdicts, actions, evidence and gaps in words.
/// </summary>
public static class BriefingDocxRenderer
{
    public static byte[] Render(VisitBriefing briefing, string? authority)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var marking = BriefingLabels.Marking(briefing.Classification);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);

            body.Append(Paragraph(marking, bold: true, centred: true));
            if (!string.IsNullOrWhiteSpace(authority))
            {
                body.Append(Paragraph(authority.Trim()));
            }

            body.Append(Heading($"Visit briefing: {briefing.ThemeTitle}", 1));
            body.Append(Paragraph($"Prepared on {BriefingLabels.Date(briefing.GeneratedUtc)}. Protective marking: {marking}."));
            if (!string.IsNullOrWhiteSpace(briefing.Criteria))
            {
                body.Append(Paragraph(briefing.Criteria));
            }

            body.Append(Heading("What inspectors said", 2));
            if (briefing.Findings.Count == 0)
            {
                body.Append(Paragraph("No findings from inspections or visits are held for this theme."));
            }

            foreach (var t in briefing.Findings)
            {
                var f = t.Finding;
                var verdict = f.Verdict is null ? "" : $"; verdict: {BriefingLabels.Verdict(f.Verdict)}";
                body.Append(Paragraph($"{BriefingLabels.FindingKind(f.Kind)}, {BriefingLabels.Visit(f.VisitKind, f.VisitDate)}{verdict}; {BriefingLabels.StatusInSentence(t.Status)}", bold: true));
                body.Append(Paragraph(f.Text));
            }

            body.Append(Heading("Actions and their RAG rating", 2));
            if (briefing.Actions.Count == 0)
            {
                body.Append(Paragraph("No actions are linked to these findings."));
            }

            foreach (var a in briefing.Actions)
            {
                body.Append(Paragraph($"{a.Title}: {a.Owner ?? "no owner"}, due {BriefingLabels.Date(a.DueDate)}, {a.Rag ?? "not rated"}"));
            }

            body.Append(Heading("Latest evidence", 2));
            foreach (var (heading, list) in new[] { ("Audits", briefing.Audits), ("Impact statements", briefing.ImpactStatements), ("Performance data", briefing.PerformanceData) })
            {
                body.Append(Heading(heading, 3));
                if (list.Count == 0)
                {
                    body.Append(Paragraph("None held for this theme."));
                }

                foreach (var e in list)
                {
                    body.Append(Paragraph($"{e.Title} ({BriefingLabels.Date(e.Date)}; {BriefingLabels.Source(e.SourceFile, e.PageFrom, e.PageTo)})", bold: true));
                    body.Append(Paragraph(BriefingLabels.PlainExcerpt(e.Excerpt)));
                }
            }

            body.Append(Heading("Gaps", 2));
            if (briefing.Gaps.Count == 0)
            {
                body.Append(Paragraph("No gaps found."));
            }

            foreach (var gap in briefing.Gaps)
            {
                body.Append(Paragraph($"{BriefingLabels.Gap(gap.Code)}: {gap.Reason}"));
            }

            body.Append(Paragraph($"{BriefingLabels.Count(briefing.Findings.Count, "finding", "findings")}, {BriefingLabels.Count(briefing.Actions.Count, "action", "actions")}."));
            body.Append(Paragraph(marking, bold: true, centred: true));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Heading(string text, int level)
    {
        // Word's built-in heading sizes, set directly so the file needs no styles part.
        var size = level switch { 1 => "40", 2 => "32", _ => "26" };
        var run = new Run(new RunProperties(new Bold(), new FontSize { Val = size }), new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return new Paragraph(new ParagraphProperties(new OutlineLevel { Val = level - 1 }, new KeepNext()), run);
    }

    private static Paragraph Paragraph(string text, bool bold = false, bool centred = false)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        var paragraph = new Paragraph(run);
        if (centred)
        {
            paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        }

        return paragraph;
    }
}

using System.Globalization;
using System.Text;
using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Segmentation;

namespace Inspection.Ingestion.Tests.Snapshots;

/// <summary>
/// A readable record of what ingestion made of a file: the extracted blocks (kind, heading level, page, text line by line),
/// what enrichment recognised and where the passages were cut. Compared line by line, so a change shows as a diff.
/// </summary>
internal static class ExtractionSnapshot
{
    public static string Of(string name, ExtractedDocument document, DocumentMetadata metadata, IReadOnlyList<PassageDraft> passages)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(name).Append('\n');
        Line(text, "pages", document.PageCount.ToString(CultureInfo.InvariantCulture));
        Line(text, "title", document.Title ?? "-");
        Line(text, "text layer", document.HasTextLayer ? "yes" : "no");
        Line(text, "marking", document.ProtectiveMarking ?? "-");
        if (document.OcrPages > 0 || document.OcrNote is not null)
        {
            Line(text, "ocr", string.Create(CultureInfo.InvariantCulture, $"{document.OcrPages} pages, confidence {document.OcrConfidence:F0}, {document.OcrNote ?? "no problem"}"));
        }
        foreach (var furniture in document.PageFurniture)
        {
            Line(text, "furniture", furniture);
        }

        text.Append("\n## enrichment\n");
        Enrichment(text, metadata);

        text.Append("\n## blocks\n");
        foreach (var block in document.Blocks)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"p{block.Page} {Kind(block),-3}");
            var first = true;
            foreach (var line in block.Text.Split('\n'))
            {
                text.Append(first ? prefix : new string(' ', prefix.Length)).Append(" | ").Append(line).Append('\n');
                first = false;
            }
        }

        text.Append("\n## passages\n");
        foreach (var passage in passages)
        {
            text.Append(CultureInfo.InvariantCulture, $"{passage.Ordinal} p{passage.PageFrom}-{passage.PageTo} {BlockText.WordCount(passage.Text)} words | {passage.HeadingPath}\n");
        }

        return text.ToString();
    }

    private static void Enrichment(StringBuilder text, DocumentMetadata metadata)
    {
        Line(text, "title", metadata.Title ?? "-");
        Line(text, "kind", metadata.Kind);
        Line(text, "date", Date(metadata.DocumentDate));
        Line(text, "organisation", metadata.Organisation ?? "-");
        Line(text, "visit", metadata.VisitKind is null ? "-" : metadata.VisitKind + " " + Dates(metadata.VisitDates));
        if (metadata.Inspectors.Count > 0)
        {
            Line(text, "inspectors", string.Join(", ", metadata.Inspectors));
        }

        foreach (var (name, grade) in metadata.Judgements)
        {
            Line(text, "judgement", name + " = " + grade);
        }

        foreach (var letter in metadata.EmbeddedLetters)
        {
            Line(text, "letter", string.Create(CultureInfo.InvariantCulture, $"pp. {letter.PageFrom}-{letter.PageTo}, dated {Date(letter.LetterDate)}, {letter.VisitKind ?? "-"} {Dates(letter.VisitDates)}"));
        }

        foreach (var visit in metadata.Visits)
        {
            Line(text, "visit mentioned", visit.Kind + " " + Dates(visit.Dates) + (visit.MonthOnly ? " (month only)" : ""));
        }

        foreach (var finding in metadata.Findings)
        {
            var verdict = finding.Verdict is null ? "" : " " + finding.Verdict;
            var visit = finding.VisitKind is null ? "" : string.Create(CultureInfo.InvariantCulture, $" [{finding.VisitKind} {Date(finding.VisitDate)}]");
            Line(text, "finding", string.Create(CultureInfo.InvariantCulture, $"p{finding.Page} {finding.Kind}{verdict}{visit} {finding.Text}"));
        }

        foreach (var action in metadata.Actions)
        {
            Line(text, "action", string.Create(CultureInfo.InvariantCulture, $"p{action.Page} {action.Reference ?? "-"} | {action.Action} | {action.Owner ?? "-"} | {Date(action.DueDate)} | {action.Rag ?? "-"} | {action.Progress ?? "-"}"));
        }
    }

    private static string Kind(Block block) => block.Kind switch
    {
        BlockKind.Heading => "H" + block.HeadingLevel.ToString(CultureInfo.InvariantCulture),
        BlockKind.ListItem => "L",
        BlockKind.TableRow => "T",
        _ => "P",
    };

    private static void Line(StringBuilder text, string label, string value) =>
        text.Append(label).Append(": ").Append(value.ReplaceLineEndings(" / ")).Append('\n');

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    private static string Dates(IEnumerable<DateOnly> dates) => string.Join(" ", dates.Select(d => Date(d)));
}

using System.Globalization;
using System.Text.Json.Nodes;
using Inspection.Content.Evidence;
using Inspection.Content.Model;
using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Formats;

namespace Inspection.Ingestion.Pipeline;

/// <summary>Turns an extracted, enriched file into a content item in Orchard's shape (TitlePart, EvidencePart, VisitPart).</summary>
public static class EvidenceItemBuilder
{
    public const string StatusReady = "ready";
    public const string StatusNoTextLayer = "no-text-layer";

    public static ContentItem Build(ExtractedDocument document, DocumentMetadata metadata, string sha256, IngestSettings settings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(settings);

        var title = metadata.Title ?? Path.GetFileNameWithoutExtension(document.FileName);
        var item = new ContentItem
        {
            ContentType = metadata.Kind,
            DisplayText = title,
            Owner = settings.UserName,
            Author = settings.UserName,
        };
        item.Content["TitlePart"] = new JsonObject { ["Title"] = title };
        EvidencePart.SetDate(item, EvidencePart.DocumentDate, metadata.DocumentDate);
        EvidencePart.SetText(item, EvidencePart.Organisation, metadata.Organisation);
        // Never below the document's own marking: an OFFICIAL-SENSITIVE audit stays out of a Viewer's search.
        EvidencePart.SetText(item, EvidencePart.Classification, Extraction.ProtectiveMarking.Higher(settings.Classification, document.ProtectiveMarking));
        EvidencePart.SetText(item, EvidencePart.SourceFileName, document.FileName);
        EvidencePart.SetText(item, EvidencePart.SourceHash, sha256);
        EvidencePart.SetText(item, EvidencePart.MediaType, MediaTypeOf(document.Format, document.FileName));
        EvidencePart.SetNumber(item, EvidencePart.Pages, document.PageCount);
        EvidencePart.SetText(item, EvidencePart.Status, document.HasTextLayer ? StatusReady : StatusNoTextLayer);
        EvidencePart.SetText(item, EvidencePart.VisitKind, metadata.VisitKind);
        if (document.OcrPages > 0 || document.OcrNote is not null)
        {
            EvidencePart.SetNumber(item, EvidencePart.OcrPages, document.OcrPages);
            EvidencePart.SetNumber(item, EvidencePart.OcrConfidence, document.OcrConfidence is { } confidence ? (decimal)confidence : null);
            EvidencePart.SetText(item, EvidencePart.OcrNote, document.OcrNote);
        }

        EvidencePart.SetValues(item, EvidencePart.Themes, []);
        item.Content["VisitPart"] = VisitPart(metadata);
        if (metadata.Actions.Count > 0)
        {
            item.Content[ActionRowsPart.PartName] = ActionRowsPart.Build(metadata.Actions);
        }

        return item;
    }

    private static string MediaTypeOf(FileFormat format, string fileName) => format switch
    {
        FileFormat.Pdf => "application/pdf",
        FileFormat.Html => "text/html",
        FileFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileFormat.Markdown => "text/markdown",
        // Detection knows it is a picture; which kind its name says (the bytes were checked to be one of the three).
        FileFormat.Image => Path.GetExtension(fileName).ToUpperInvariant() switch
        {
            ".PNG" => "image/png",
            ".TIF" or ".TIFF" => "image/tiff",
            _ => "image/jpeg",
        },
        _ => "text/plain",
    };

    // Differs from Orchard: VisitPart is ours and holds what enrichment recognised, as plain JSON rather than fields.
    private static JsonObject VisitPart(DocumentMetadata metadata) => new()
    {
        ["VisitKind"] = metadata.VisitKind,
        ["VisitDates"] = Dates(metadata.VisitDates),
        ["Inspectors"] = new JsonArray([.. metadata.Inspectors.Select(i => JsonValue.Create(i))]),
        ["Judgements"] = new JsonObject(metadata.Judgements.Select(j => KeyValuePair.Create(j.Key, (JsonNode?)JsonValue.Create(j.Value)))),
        ["Visits"] = new JsonArray([.. metadata.Visits.Select(v => new JsonObject { ["Kind"] = v.Kind, ["Dates"] = Dates(v.Dates), ["MonthOnly"] = v.MonthOnly })]),
        ["EmbeddedLetters"] = new JsonArray([.. metadata.EmbeddedLetters.Select(l => new JsonObject
        {
            ["PageFrom"] = l.PageFrom,
            ["PageTo"] = l.PageTo,
            ["LetterDate"] = l.LetterDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["VisitKind"] = l.VisitKind,
            ["VisitDates"] = Dates(l.VisitDates),
            ["Inspectors"] = new JsonArray([.. l.Inspectors.Select(i => JsonValue.Create(i))]),
        })]),
    };

    private static JsonArray Dates(IEnumerable<DateOnly> dates) =>
        new([.. dates.Select(d => JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))]);
}

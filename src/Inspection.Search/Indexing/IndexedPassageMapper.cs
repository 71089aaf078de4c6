using System.Text.Json.Nodes;
using Inspection.Content.Evidence;
using Inspection.Content.Model;

namespace Inspection.Search.Indexing;

/// <summary>Builds the index's view of a stored passage: its text and place plus its document's fields.</summary>
public static class IndexedPassageMapper
{
    private const int FindingProbeLength = 60;
    private const string LetterKind = "InspectionLetter";

    public static IndexedPassage Map(ContentItem item, Passage passage, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(findings);
        return new IndexedPassage(
            passage.PassageId,
            item.ContentItemId,
            item.ContentItemVersionId,
            item.DisplayText,
            item.ContentType,
            EvidencePart.GetDate(item, EvidencePart.DocumentDate),
            EvidencePart.GetText(item, EvidencePart.Organisation),
            EvidencePart.GetText(item, EvidencePart.Classification) ?? Classifications.Official,
            EvidencePart.GetValues(item, EvidencePart.Themes),
            EvidencePart.GetText(item, EvidencePart.SourceFileName),
            passage.HeadingPath,
            passage.PageFrom,
            passage.PageTo,
            passage.Text,
            findings.Any(f => Contains(passage, f)))
        {
            PartKind = PartKindOf(item, passage, Letters(item)),
        };
    }

    /// <summary>Maps all passages of one item, reading the item's own fields once rather than once per passage.</summary>
    public static IReadOnlyList<IndexedPassage> Map(ContentItem item, IReadOnlyList<Passage> passages, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(findings);
        if (passages.Count == 0)
        {
            return [];
        }

        var first = Map(item, passages[0], findings);
        var letters = Letters(item);
        var mapped = new IndexedPassage[passages.Count];
        mapped[0] = first;
        for (var i = 1; i < passages.Count; i++)
        {
            var passage = passages[i];
            mapped[i] = first with
            {
                PassageId = passage.PassageId,
                HeadingPath = passage.HeadingPath,
                PageFrom = passage.PageFrom,
                PageTo = passage.PageTo,
                Text = passage.Text,
                IsFinding = findings.Any(f => Contains(passage, f)),
                PartKind = PartKindOf(item, passage, letters),
            };
        }

        return mapped;
    }

    // Differs from Orchard: VisitPart is ours; enrichment records there the pages of each Ofsted letter it found.
    private static List<(int From, int To)> Letters(ContentItem item) =>
        item.Content["VisitPart"]?["EmbeddedLetters"] is JsonArray letters
            ? [.. letters.OfType<JsonObject>()
                .Where(l => l["PageFrom"] is JsonValue && l["PageTo"] is JsonValue)
                .Select(l => (l["PageFrom"]!.GetValue<int>(), l["PageTo"]!.GetValue<int>()))]
            : [];

    private static string? PartKindOf(ContentItem item, Passage passage, List<(int From, int To)> letters) =>
        !string.Equals(item.ContentType, LetterKind, StringComparison.Ordinal)
        && letters.Any(l => passage.PageFrom >= l.From && passage.PageTo <= l.To)
            ? LetterKind
            : null;

    // A passage "is" a finding when it carries the finding's opening words on the finding's page.
    private static bool Contains(Passage passage, Finding finding)
    {
        if (finding.Page < passage.PageFrom || finding.Page > passage.PageTo || finding.Text.Length == 0)
        {
            return false;
        }

        var probe = finding.Text.Length <= FindingProbeLength ? finding.Text : finding.Text[..FindingProbeLength];
        return passage.Text.Contains(probe, StringComparison.OrdinalIgnoreCase);
    }
}

using Inspection.Content.Evidence;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// Rule-based enricher: each rule reads the blocks for one thing (letters, kind, date, organisation, visits,
/// judgements, findings); this class only puts their answers together.
/// </summary>
public sealed class DocumentEnricher : IDocumentEnricher
{
    /// <summary>Status of a finding when first extracted; the findings tracker moves it on.</summary>
    public const string NewFindingStatus = "open";

    public DocumentMetadata Enrich(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = document.Blocks;
        var letters = OfstedLetterLocator.Locate(blocks);
        var kind = DocumentKindClassifier.Classify(document, letters);
        var wholeLetter = kind == DocumentKinds.InspectionLetter && letters.Count > 0 ? letters[0] : null;
        var visits = VisitMentionRule.Find(blocks, letters.FirstOrDefault(l => l.VisitKind is not null)?.VisitKind);
        var main = MainVisit(letters, visits);

        var inspectors = letters.SelectMany(l => l.Inspectors).Distinct(StringComparer.Ordinal).ToList();
        if (kind == DocumentKinds.InspectionLetter && inspectors.Count == 0)
        {
            inspectors = [.. InspectorRule.Find(blocks, 0, blocks.Count - 1)];
        }

        return new DocumentMetadata(
            kind,
            DocumentDateRule.Find(blocks, wholeLetter),
            OrganisationRule.Find(blocks) ?? OrganisationRule.Find([.. document.PageFurniture.Select(line => new Block(line, BlockKind.Paragraph, 1))]),
            main?.Kind,
            main?.Dates ?? [],
            inspectors,
            JudgementRule.Find(blocks, 0, blocks.Count - 1),
            letters,
            visits,
            Findings(blocks, kind, letters, visits))
        {
            Title = TitleRule.Find(document),
            Actions = ActionTableRule.Find(blocks),
        };
    }

    // A letter's own visit comes first; a report about visits is about the latest one it mentions.
    private static Visit? MainVisit(IReadOnlyList<EmbeddedLetter> letters, IReadOnlyList<Visit> mentions)
    {
        var letter = letters.FirstOrDefault(l => l.VisitKind is not null);
        return letter is not null
            ? new Visit(letter.VisitKind!, letter.VisitDates)
            : mentions.OrderByDescending(v => v.FirstDay).FirstOrDefault();
    }

    private static List<Finding> Findings(IReadOnlyList<Block> blocks, string kind, IReadOnlyList<EmbeddedLetter> letters, IReadOnlyList<Visit> mentions)
    {
        EmbeddedLetter? LetterOf(int block) =>
            letters.FirstOrDefault(l => block >= l.FirstBlock && block <= l.LastBlock)
            ?? (kind == DocumentKinds.InspectionLetter && letters.Count > 0 ? letters[0] : null);

        bool InsideLetter(int block) => LetterOf(block) is not null || kind == DocumentKinds.InspectionLetter;

        Visit? VisitFor(int block, params string[] preferredKinds)
        {
            if (LetterOf(block) is { VisitKind: not null } letter)
            {
                return new Visit(letter.VisitKind, letter.VisitDates);
            }

            foreach (var preferred in preferredKinds)
            {
                var mention = mentions.Where(v => v.Kind == preferred).OrderBy(v => v.FirstDay).FirstOrDefault();
                if (mention is not null)
                {
                    return mention;
                }
            }

            return null;
        }

        var findings = new List<Finding>();
        var sections = FindingSectionRule.Find(blocks, InsideLetter).ToList();
        foreach (var (findingKind, text, block) in sections)
        {
            var visit = findingKind == FindingKinds.SignificantWeakness
                ? VisitFor(block, VisitKinds.AreaSendInspection)
                : VisitFor(block);
            if (!findings.Any(f => f.Kind == findingKind && string.Equals(f.Text, text, StringComparison.OrdinalIgnoreCase)))
            {
                findings.Add(NewFinding(findingKind, text, blocks[block].Page, visit, null));
            }
        }

        var weaknesses = sections.Where(s => s.Kind == FindingKinds.SignificantWeakness).Select(s => s.Text).ToList();
        foreach (var (verdict, weakness, block) in ProgressVerdictRule.Find(blocks, weaknesses))
        {
            var visit = VisitFor(block, VisitKinds.SendRevisit, VisitKinds.MonitoringVisit);
            findings.Add(NewFinding(FindingKinds.ProgressVerdict, weakness, blocks[block].Page, visit, verdict));
        }

        return findings;
    }

    private static Finding NewFinding(string kind, string text, int page, Visit? visit, string? verdict) =>
        new(FindingId: "", ContentItemId: "", kind, text, page, visit?.FirstDay, visit?.Kind, NewFindingStatus, verdict);
}

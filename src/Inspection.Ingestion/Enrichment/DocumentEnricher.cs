using Inspection.Content.Evidence;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// Rule-based enricher: each rule reads the blocks for one thing (letters, kind, date, organisation, visits,
/// judgements, findings); this class only puts their answers together.
/// </summary>
public sealed class DocumentEnricher : IDocumentEnricher
{
    // Only an area SEND inspection finds significant weaknesses (and a written statement of action answers them): when the
    // document gives no date for it, the finding still belongs to that kind of visit, so it is not taken for any framework's.
    private static readonly Visit UndatedSendInspection = new(VisitKinds.AreaSendInspection, []);

    /// <summary>Status of a finding when first extracted; the findings tracker moves it on.</summary>
    public const string NewFindingStatus = "open";

    public DocumentMetadata Enrich(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = document.Blocks;
        var letters = OfstedLetterLocator.Locate(blocks);
        var kind = DocumentKindClassifier.Classify(document, letters);
        var wholeLetter = kind == DocumentKinds.InspectionLetter && letters.Count > 0 ? letters[0] : null;
        var visits = VisitMentionRule.Find(blocks, letters.FirstOrDefault(l => l.VisitKind is not null)?.VisitKind, TitleRule.OpeningLineIndex(blocks));
        var main = MainVisit(letters, visits);

        var inspectors = letters.SelectMany(l => l.Inspectors).Distinct(StringComparer.Ordinal).ToList();
        if (kind == DocumentKinds.InspectionLetter && inspectors.Count == 0)
        {
            inspectors = [.. InspectorRule.Find(blocks, 0, blocks.Count - 1)];
        }

        return new DocumentMetadata(
            kind,
            DocumentDateRule.Find(blocks, wholeLetter),
            OrganisationRule.Find(blocks) ?? OrganisationRule.Find([.. document.PageFurniture.Select(line => new Block(line, BlockKind.Paragraph, 1))])
                ?? OrganisationRule.Find(string.IsNullOrWhiteSpace(document.Title) ? [] : [new Block(document.Title, BlockKind.Paragraph, 1)]),
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
            // A report outside any letter that borrows the letter's heading ("What needs to improve") and says under it
            // "Inspectors noted that ..." is quoting them: the quotation rule below takes such a sentence.
            if (!InsideLetter(block) && QuotedFindingRule.OpensAsQuotation(text))
            {
                continue;
            }

            var visit = findingKind == FindingKinds.SignificantWeakness
                ? VisitFor(block, VisitKinds.AreaSendInspection) ?? UndatedSendInspection
                : VisitFor(block);
            if (!findings.Any(f => f.Kind == findingKind && string.Equals(f.Text, text, StringComparison.OrdinalIgnoreCase)))
            {
                findings.Add(NewFinding(findingKind, text, blocks[block].Page, visit, null));
            }
        }

        void AddOnce(string findingKind, string text, int block, Visit? visit)
        {
            if (!findings.Any(f => string.Equals(BlockText.Normalise(f.Text), BlockText.Normalise(text), StringComparison.Ordinal)))
            {
                findings.Add(NewFinding(findingKind, text, blocks[block].Page, visit, null));
            }
        }

        foreach (var (text, block) in AreaOfConcernRule.Find(blocks))
        {
            AddOnce(FindingKinds.AreaOfConcern, text, block, VisitFor(block, VisitKinds.AreaSendInspection) ?? UndatedSendInspection);
        }

        if (kind != DocumentKinds.InspectionLetter)
        {
            foreach (var (text, block) in QuotedFindingRule.Find(blocks, i => LetterOf(i) is not null))
            {
                AddOnce(FindingKinds.QuotedFinding, text, block, WithDays(VisitBefore(blocks, block), mentions) ?? VisitFor(block));
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

    // A report quoting inspectors names their visit shortly before: the latest visit mentioned in the blocks leading up to the quotation.
    private static Visit? VisitBefore(IReadOnlyList<Block> blocks, int block)
    {
        const int Reach = 8;
        var from = Math.Max(0, block - Reach);
        var window = new List<Block>(block - from + 1);
        for (var i = from; i <= block; i++)
        {
            window.Add(blocks[i]);
        }

        return VisitMentionRule.Find(window, null).OrderByDescending(v => v.FirstDay).FirstOrDefault();
    }

    // A visit named by its month near a quotation is the visit whose days the document gives elsewhere, when it gives them.
    private static Visit? WithDays(Visit? visit, IReadOnlyList<Visit> mentions) =>
        visit is { MonthOnly: true, FirstDay: { } month }
            ? mentions.FirstOrDefault(v => !v.MonthOnly && v.Kind == visit.Kind && v.FirstDay is { } day && day.Year == month.Year && day.Month == month.Month) ?? visit
            : visit;

    private static Finding NewFinding(string kind, string text, int page, Visit? visit, string? verdict) =>
        new(FindingId: "", ContentItemId: "", kind, text, page, visit?.FirstDay, visit?.Kind, NewFindingStatus, verdict);
}

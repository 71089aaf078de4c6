using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// Decides the document kind from its title and opening: an Ofsted letter that is the whole document, minutes,
/// committee papers (which often quote letters and plans, so they win over those), then title words, then RAG tables.
/// </summary>
internal static partial class DocumentKindClassifier
{
    private const int OpeningBlocks = 40;
    private const int TitleBlocks = 8;
    private const int MastheadBlocks = 4;
    private const int TitlePageBlocks = 3;
    private const int EmailHeaderBlocks = 8;

    private static readonly (string Cue, string Kind)[] TitleCues =
    [
        ("impact statement", DocumentKinds.ImpactStatement),
        ("self-evaluation", DocumentKinds.SelfEvaluation),
        ("self evaluation", DocumentKinds.SelfEvaluation),
        ("self-assessment", DocumentKinds.SelfEvaluation),
        ("self assessment", DocumentKinds.SelfEvaluation),
        ("written statement of action", DocumentKinds.ActionPlan),
        ("action plan", DocumentKinds.ActionPlan),
        ("improvement plan", DocumentKinds.ActionPlan),
        ("accelerated progress plan", DocumentKinds.ActionPlan),
        ("audit", DocumentKinds.Audit),
        ("dip sample", DocumentKinds.Audit),
        ("practice week", DocumentKinds.Audit),
        ("scorecard", DocumentKinds.PerformanceData),
        ("performance data", DocumentKinds.PerformanceData),
        ("performance report", DocumentKinds.PerformanceData),
        ("dashboard", DocumentKinds.PerformanceData),
        ("key performance indicators", DocumentKinds.PerformanceData),
    ];

    private static readonly string[] PlanCues = ["action plan", "improvement plan", "written statement of action", "accelerated progress plan"];

    private static readonly (string Cue, string Kind)[] OwnTitleCues =
    [
        ("self-evaluation", DocumentKinds.SelfEvaluation),
        ("self evaluation", DocumentKinds.SelfEvaluation),
        ("self-assessment", DocumentKinds.SelfEvaluation),
        ("impact statement", DocumentKinds.ImpactStatement),
        ("thematic audit", DocumentKinds.Audit),
        ("case audit", DocumentKinds.Audit),
        ("performance scorecard", DocumentKinds.PerformanceData),
    ];

    public static string Classify(ExtractedDocument document, IReadOnlyList<EmbeddedLetter> letters)
    {
        var blocks = document.Blocks;

        // An email saved or printed opens with its header ("From:", "Sent:", "To:", "Subject:"): it may forward a letter, a plan or a
        // committee's papers, and it is none of them.
        if (IsEmail(blocks))
        {
            return DocumentKinds.Other;
        }

        if (letters.Count > 0 && IsWholeDocument(letters[0], document))
        {
            return DocumentKinds.InspectionLetter;
        }

        var opening = blocks.Take(OpeningBlocks).Where(b => b.Page <= 2).Select(b => BlockText.Normalise(b.Text)).ToList();
        var titleLines = blocks.Take(TitleBlocks).Where(b => BlockText.IsHeadingLike(b, maxWords: 20)).Select(b => BlockText.Normalise(b.Text));
        var titleText = string.Join(" \n ", titleLines.Prepend(BlockText.Normalise(document.Title ?? "")));
        if (opening.Take(6).Any(t => t.StartsWith("minutes of", StringComparison.Ordinal))
            || BlockText.Normalise(document.Title ?? "").StartsWith("minutes", StringComparison.Ordinal))
        {
            return DocumentKinds.Minutes;
        }

        // A report's dates and lead inspector stand in its front matter, above its text; the same labels below a page's own
        // text (a council's page listing past inspections, each with its dates) are quoted.
        var frontMatter = blocks.Take(OpeningBlocks).Where(b => b.Page <= 2).TakeWhile(b => !IsRunningText(b)).Select(b => BlockText.Normalise(b.Text)).ToList();
        if (IsOfstedReport(frontMatter, opening))
        {
            return DocumentKinds.InspectionLetter;
        }

        // A document whose own title says what it is ("Self-evaluation of social work practice") is that, even when
        // its text names the committees it goes to; committee papers are titled by meeting or subject instead.
        var ownTitle = BlockText.Normalise(document.Title ?? blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading)?.Text ?? "");
        foreach (var (cue, kind) in OwnTitleCues)
        {
            if (ownTitle.StartsWith(cue, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        // A plan's progress report goes to a committee ("action plan: update for the corporate parenting panel") and names it in
        // its opening; its own title and its RAG-rated rows say it is the plan. A committee report that appends the plan's
        // table ("Appendix A: actions added after the visit") is a report about the plan: rows in an appendix do not count.
        if (PlanTitle(ownTitle, BlockText.Normalise(document.Title ?? "")) && RagRows(blocks.TakeWhile(b => !IsAppendixHeading(b))) >= 3)
        {
            return DocumentKinds.ActionPlan;
        }

        // A paper's title page names the committee it is for ("Children and Young People Scrutiny Committee, 21 January 2026"
        // under a deck's title): said there, once is enough; further down, a committee may only be mentioned.
        if (CommitteeCues(opening) >= 2 || CommitteeCues([.. opening.Take(TitlePageBlocks)]) >= 1)
        {
            return DocumentKinds.CommitteeReport;
        }

        // A newsletter or bulletin reports on audits and plans without being one.
        if (opening.Take(MastheadBlocks).Any(Masthead.IsIssueLine))
        {
            return DocumentKinds.Other;
        }

        foreach (var (cue, kind) in TitleCues)
        {
            if (titleText.Contains(cue, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        if (RagRows(blocks) >= 3)
        {
            return DocumentKinds.ActionPlan;
        }

        return NumericRows(blocks) >= 10 ? DocumentKinds.PerformanceData : DocumentKinds.Other;
    }

    private static bool PlanTitle(params string[] titles) =>
        titles.Any(t => PlanCues.Any(c => t.Contains(c, StringComparison.Ordinal)));

    // A letter is the whole document when it opens it, or when it fills most of its pages and no text of the document's own
    // stands above it: below a page's own paragraphs (a council's web page, one "page" long, that quotes a report's dates
    // under its past inspections) it is quoted.
    private static bool IsWholeDocument(EmbeddedLetter letter, ExtractedDocument document) =>
        letter.FirstBlock <= 3
        || (letter.PageFrom <= 1 && (letter.PageTo - letter.PageFrom + 1) * 2 >= document.PageCount && !document.Blocks.Take(letter.FirstBlock).Any(IsRunningText));

    // A message header's labels, each opening one of the document's first blocks (a paragraph or a table row, as mail programs
    // set the header either way): "To:" and "Subject:", with "Sent:" or a sender's email address. A committee report's cover
    // ("To: Cabinet", "Date: ...", "Subject: ...", "From: Director of Children's Services") has neither of the last two.
    private static bool IsEmail(IReadOnlyList<Block> blocks)
    {
        var labels = blocks.Take(EmailHeaderBlocks).Select(b => (Block: b, Match: MailHeaderLabel().Match(b.Text))).Where(l => l.Match.Success)
            .ToLookup(l => l.Match.Groups["label"].Value.ToLowerInvariant(), l => l.Block.Text, StringComparer.Ordinal);
        return labels.Contains("to") && labels.Contains("subject")
            && (labels.Contains("sent") || labels["from"].Any(t => t.Contains('@', StringComparison.Ordinal)));
    }

    // A paragraph of at least eight words ending a sentence: the document's own text has begun.
    private static bool IsRunningText(Block block) =>
        block.Kind is BlockKind.Paragraph && BlockText.EndsSentence(block.Text) && BlockText.WordCount(block.Text) >= 8;

    // A published inspection report rather than a letter: inspection dates and a lead inspector (or Ofsted's name) on its first page.
    // The dates may be labelled in several ways ("Inspection dates:", "Dates of inspection:", "Inspected on") and share a block
    // with other labelled lines ("Unique reference number: 148220 Inspection dates: 20 and 21 January 2026"); a day must follow.
    private static bool IsOfstedReport(List<string> frontMatter, List<string> opening)
    {
        var dates = frontMatter.Any(t => t.StartsWith("inspection date", StringComparison.Ordinal) || InspectionDatesLabel().IsMatch(t));
        var lead = frontMatter.Any(t => t.StartsWith("lead inspector", StringComparison.Ordinal));
        var ofsted = opening.Any(t => t.Contains("ofsted", StringComparison.Ordinal));
        return (dates && lead) || (ofsted && (dates || lead));
    }

    private static int CommitteeCues(List<string> opening)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in opening)
        {
            foreach (Match match in CommitteeCue().Matches(text))
            {
                found.Add(match.Value);
            }

            if (text is "cabinet" or "council" or "agenda" or "business" || text.StartsWith("report to", StringComparison.Ordinal) || text.Contains(", report to the ", StringComparison.Ordinal))
            {
                found.Add(text);
            }
        }

        return found.Count;
    }

    private static bool IsAppendixHeading(Block block) =>
        block.Kind == BlockKind.Heading && AppendixHeading().IsMatch(block.Text);

    private static int RagRows(IEnumerable<Block> blocks) =>
        blocks.Count(b => b.Kind == BlockKind.TableRow && RagWord().IsMatch(b.Text));

    private static int NumericRows(IReadOnlyList<Block> blocks) =>
        blocks.Count(b => b.Kind == BlockKind.TableRow && NumberCell().Count(b.Text) >= 2);

    [GeneratedRegex(@"overview and scrutiny|scrutiny committee|portfolio holder|lead member|report (?:of|from|author)\s*:|key decision|wards (?:and communities )?affected|corporate parenting (?:panel|committee)|annual report|health and wellbeing board|meeting will be held|date of meeting|this report is public|agenda item|\bcabinet member\b|committee room|members of the (?:panel|committee|board)|^meeting \||^report (?:of|from|author) \|")]
    private static partial Regex CommitteeCue();

    [GeneratedRegex(@"(?:^|[\s:])(?:inspection dates?|dates? of (?:the )?inspection|inspected (?:on|between))\s*:?\s*\d{1,2}\b")]
    private static partial Regex InspectionDatesLabel();

    [GeneratedRegex(@"^\s*(?<label>from|sent|to|subject)\s*:(?:\s*\|)?\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MailHeaderLabel();

    [GeneratedRegex(@"^\s*(?:appendix|annex)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AppendixHeading();

    [GeneratedRegex(@"\b(?:Red|Amber|Green|RAG|R/A/G)\b")]
    private static partial Regex RagWord();

    [GeneratedRegex(@"(?<![\w.])\d+(?:\.\d+)?%?(?![\w.])")]
    private static partial Regex NumberCell();
}

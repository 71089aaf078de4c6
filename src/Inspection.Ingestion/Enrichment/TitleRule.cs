using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// The document's own title: a scored choice among the headings near the top of its first page (joined with the heading
/// lines that continue them). Larger type and an earlier place count for a line; a line that only opens a section, repeats
/// on other pages like a running header or comes after the agenda counts against it; logos, inspectorates, the authority,
/// committees and meetings, dates, salutations, numbered sections or agenda items and a publication's masthead are never titles. Without any candidate, the
/// title the file declares, which producers often fill with a file name or a web page's tab title.
/// </summary>
internal static partial class TitleRule
{
    private const int TopBlocks = 25;
    private const int MaxTitleWords = 40;
    private const int BodyWords = 8;
    private const int MaxOpeningWords = 16;
    private const int OpeningLines = 5;

    // Weights of the choice, in heading levels: one level of type size is worth a little more than one place down the page,
    // so the largest line wins over a smaller one just above it, but not over a title three lines higher.
    private const double PerLevel = 1.0;
    private const double PerPlace = 0.75;
    private const double OpensASection = 2.0;
    private const double Numbered = 4.0;
    private const double UnderTheText = 3.0;
    private const double DeclaredToo = 5.0;
    private const double RepeatedOnOtherPages = 1.5;
    private const double UnmarkedParagraph = 1.0;
    private const double CommitteeOrMeeting = 3.0;

    public static string? Find(ExtractedDocument document)
    {
        var best = Candidates(document).OrderByDescending(c => c.Score).FirstOrDefault();
        if (best is not null)
        {
            return StrayStop().Replace(WithoutReplyMarks(best.Text) ?? best.Text, " ");
        }

        // A declared title of one or two words ("SEF", "Doc1", a file's name) says less than the document's own first heading or
        // opening line, and so does the name of the template or version the file was made from ("Audit template v4", "Copy of
        // plan", "Untitled document"), which a filled-in form keeps; it is kept only when the document has neither.
        var declared = WithoutReplyMarks(document.Title);
        var blocks = document.Blocks;
        return declared is not null && BlockText.WordCount(declared) >= 3 && !TemplateName().IsMatch(declared)
            ? SpelledOut(declared, blocks) ?? declared
            : blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading && b.Text.Length is > 3 and < 200)?.Text.Trim() ?? OpeningLine(blocks) ?? declared;
    }

    // A declared title is often the short form a writer typed into the file's properties, the kind of document it is
    // ("Thematic audit report"), while the top of the document spells it out ("Thematic audit of return home interviews for
    // children who go missing"): a short unpunctuated line among the opening lines that begins with the declared title's first
    // two words and runs on past it says what the document is about, and is its title.
    private static string? SpelledOut(string declared, IReadOnlyList<Block> blocks)
    {
        var words = BlockText.Normalise(declared).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var opening = string.Join(' ', words.Take(2)) + " ";
        foreach (var block in blocks.Take(OpeningLines + 1))
        {
            var text = block.Text.Trim();
            var count = BlockText.WordCount(text);
            if (block.Kind is BlockKind.Paragraph or BlockKind.Heading && count > words.Length && count <= MaxOpeningWords
                && !BlockText.EndsSentence(text) && BlockText.Normalise(text).StartsWith(opening, StringComparison.Ordinal))
            {
                return text;
            }
        }

        return null;
    }

    // An email saved as a file declares its subject as its title (and a page made of it may head itself with it), with the
    // reply and forward marks the mail program put before it ("RE: FW: Ofsted monitoring visit letter"): they say what was
    // done with the message, not what it is.
    private static string? WithoutReplyMarks(string? title) =>
        string.IsNullOrWhiteSpace(title) ? null : ReplyMarks().Replace(title.Trim(), "") is { Length: > 0 } rest ? rest : null;

    // A document typed without heading styles (a Word file of plain paragraphs, a text file) opens with its title as a
    // short line of its own without a full stop, above the text: better than the file's name.
    private static string? OpeningLine(IReadOnlyList<Block> blocks) =>
        OpeningLineIndex(blocks) is var index and >= 0 ? blocks[index].Text.Trim() : null;

    /// <summary>
    /// Where the title of a document without headings stands: its first short unpunctuated line with text after it, below
    /// any lines a title never is (a marking, the authority's name, a date, a label) but above the text; -1 when there is none.
    /// </summary>
    internal static int OpeningLineIndex(IReadOnlyList<Block> blocks)
    {
        if (blocks.Any(b => b.Kind == BlockKind.Heading))
        {
            return -1;
        }

        for (var i = 0; i < Math.Min(blocks.Count - 1, OpeningLines); i++)
        {
            if (blocks[i].Kind != BlockKind.Paragraph)
            {
                return -1;
            }

            var text = blocks[i].Text.Trim();
            var words = BlockText.WordCount(text);
            var ended = BlockText.EndsSentence(text) || text.EndsWith(':');
            if (!IsNotATitle(text))
            {
                return words <= MaxOpeningWords && !ended ? i : -1;
            }

            if (ended && words >= BodyWords)
            {
                return -1;
            }
        }

        return -1;
    }

    private static List<Candidate> Candidates(ExtractedDocument document)
    {
        var blocks = document.Blocks;
        var firstPage = blocks.Count > 0 ? blocks[0].Page : 1;
        var elsewhere = Elsewhere(document, firstPage);
        var declared = Declared(document.Title);
        var found = new List<(string Text, int Level, bool Paragraph, bool Demoted, bool UnderText)>();
        var passedOver = 0;
        var textBegun = false;
        for (var i = 0; i < Math.Min(blocks.Count, TopBlocks) && blocks[i].Page == firstPage; i++)
        {
            var block = blocks[i];

            // An agenda's items follow it: the title, if any, stood above it.
            if (block.Kind == BlockKind.Heading && BlockText.Normalise(block.Text).TrimEnd(':') == "agenda")
            {
                break;
            }

            // A title set in a large font over several lines can come out as a paragraph: it stands right under the logo
            // or the authority's name and has no full stop.
            var unpunctuatedUnderHeadings = block.Kind == BlockKind.Paragraph && passedOver > 0 && passedOver == i
                && !BlockText.EndsSentence(block.Text) && !block.Text.TrimEnd().EndsWith('?');
            // Once the running text has begun, headings open its sections: a title stands above the text.
            textBegun |= block.Kind is BlockKind.Paragraph or BlockKind.ListItem && BlockText.EndsSentence(block.Text) && BlockText.WordCount(block.Text) >= BodyWords;
            var committee = block.Kind == BlockKind.Heading && IsCommitteeOrMeeting(block.Text);
            var named = block.Kind == BlockKind.Heading && declared.Contains(BlockText.Normalise(block.Text))
                && !NotATitle().IsMatch(BlockText.Normalise(block.Text)) && !CouncilName().IsMatch(BlockText.Normalise(block.Text));
            if ((block.Kind != BlockKind.Heading && !unpunctuatedUnderHeadings) || (IsNotATitle(block.Text) && !committee && !named))
            {
                passedOver += block.Kind == BlockKind.Heading ? 1 : 0;
                continue;
            }

            // The name of a publication stands over its issue line ("Practice matters" over "the newsletter for ... issue 14").
            if (i + 1 < blocks.Count && Masthead.IsIssueLine(BlockText.Normalise(blocks[i + 1].Text)))
            {
                continue;
            }

            var title = Flat(block.Text);
            var j = i + 1;
            for (; j < blocks.Count && Continues(block, blocks[j], title); j++)
            {
                title += " " + Flat(blocks[j].Text);
            }

            if (BlockText.WordCount(title) <= MaxTitleWords)
            {
                found.Add((title, block.HeadingLevel, unpunctuatedUnderHeadings, committee, textBegun));
            }

            i = j - 1;
        }

        // Sizes are measured against the largest type at the top of the page, logos and mastheads included; a title that came
        // out as a paragraph is taken as one size below that.
        var largest = blocks.Take(TopBlocks).Where(b => b.Page == firstPage && b.Kind == BlockKind.Heading).Select(b => b.HeadingLevel).DefaultIfEmpty(1).Min();
        return [.. found.Select((f, place) => new Candidate(f.Text, Score(f.Text, f.Paragraph ? largest + 1 : f.Level, largest, place, f.Paragraph, f.Demoted, elsewhere) - (f.UnderText ? UnderTheText : 0) + (declared.Contains(BlockText.Normalise(f.Text)) ? DeclaredToo : 0)))];
    }

    private static double Score(string text, int level, int largest, int place, bool paragraph, bool committee, HashSet<string> elsewhere)
    {
        var normalised = BlockText.Normalise(text);
        var score = -(PerLevel * (level - largest)) - (PerPlace * place);
        if (BlockText.NumberingDepth(text) > 0)
        {
            score -= Numbered;
        }

        if (text.TrimEnd().EndsWith('?') || SectionOpening().IsMatch(normalised))
        {
            score -= OpensASection;
        }

        if (elsewhere.Contains(normalised) || elsewhere.Any(line => line.StartsWith(normalised, StringComparison.Ordinal)))
        {
            score -= RepeatedOnOtherPages;
        }

        score -= paragraph ? UnmarkedParagraph : 0;
        return score - (committee ? CommitteeOrMeeting : 0);
    }

    // The title the file declares, whole and in the parts a producer joins to it ("Medway Council - Early help", "Our
    // inspection | Brinkley Borough Council"): a heading that says the same was meant as the title.
    private static HashSet<string> Declared(string? declared) =>
        WithoutReplyMarks(declared) is not { } title
            ? []
            : [.. title.Split([" - ", " | ", " – ", " — "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Append(title).Select(BlockText.Normalise)];

    // The lines of the other pages and the furniture removed from every page: a line found there too is a running header.
    private static HashSet<string> Elsewhere(ExtractedDocument document, int firstPage) =>
        [.. document.Blocks.Where(b => b.Page != firstPage && b.Text.Length < 200).Select(b => BlockText.Normalise(b.Text))
            .Concat(document.PageFurniture.Select(BlockText.Normalise))];

    // A title set over several lines comes out as consecutive headings of one level: "Inspection of Ashcombe County
    // Council" + "children's services", or "...care leavers" + "and" + "Review of the effectiveness...". A line opening in
    // lower case goes on with the one above even when its first word could head a section alone ("Self-evaluation of
    // children's services:" + "summary 2025 to 2026").
    private static bool Continues(Block first, Block next, string title) =>
        next.Kind == BlockKind.Heading
        && next.Page == first.Page
        && next.HeadingLevel == first.HeadingLevel
        && BlockText.NumberingDepth(next.Text) == 0
        && (char.IsLower(next.Text.TrimStart()[0]) || ((title.EndsWith(" and", StringComparison.Ordinal) || Flat(next.Text) == "and" || IsJoinedLine(title))
            && !NotATitle().IsMatch(BlockText.Normalise(next.Text))));

    // The previous line ran to its end without a full stop: in a title that means the next heading line goes on with it.
    private static bool IsJoinedLine(string title) => !title.EndsWith('.') && BlockText.WordCount(title) >= 6;

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool IsCommitteeOrMeeting(string text)
    {
        var normalised = BlockText.Normalise(text);
        return BlockText.WordCount(normalised) >= 3 && Committee().IsMatch(normalised);
    }

    private static bool IsNotATitle(string text)
    {
        var normalised = BlockText.Normalise(text);
        return BlockText.WordCount(normalised) < 3
            || NotATitle().IsMatch(normalised)
            || Committee().IsMatch(normalised)
            || Masthead.IsIssueLine(normalised)
            || UkDates.IsDateOnly(text, out _)
            || UkDates.Find(text) is [{ Index: 0 }, ..]
            || normalised.Contains("dear ", StringComparison.Ordinal)
            || ContactLine().IsMatch(text)
            || (BlockText.WordCount(normalised) <= 6 && CouncilName().IsMatch(normalised))
            || IsLetterheadLine(normalised);
    }

    // The authority's name with its directorate and team set beside it, parted by middle dots or bars ("Moorcross City
    // Council · Children's Social Care · Quality Assurance"): a letterhead, as the name alone is.
    private static bool IsLetterheadLine(string normalised)
    {
        var parts = normalised.Split(['\u00B7', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && BlockText.WordCount(parts[0]) <= 6 && CouncilName().IsMatch(parts[0]);
    }

    // Logos and inspectorates, salutations, agenda labels, report furniture and the labelled lines of a cover sheet.
    [GeneratedRegex(@"^(?:ofsted$|care quality commission|hmicfrs|hm inspectorate|his majesty's|her majesty's|dear |yours |agenda|minutes|contents|summary|introduction|part [0-9ivx]+\b|appendix|item\b|official|public\b|exempt\b|open to (?:the )?public|page$|(?:document )?reference\b|report (?:of|from|author)\b|author\b|date of (?:meeting|decision)\b)|^ofsted\b.*\b(?:commission|inspectorate|probation|hmicfrs)\b")]
    private static partial Regex NotATitle();

    // What a template, a version or an unsaved file is called, rather than what the document is about.
    [GeneratedRegex(@"\btemplates?\b|\bv\d+(?:\.\d+)*\b|\bversion \d|\buntitled\b|^copy of\b|\bdoc(?:ument)?\s?\d+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TemplateName();

    // A letterhead's contact line: a title never holds a postcode, a telephone number or a web or email address ("Piccadilly
    // Gate, Store Street, Manchester M1 2WD T 0300 123 1231 www.gov.uk/ofsted", as a scan reads the line under a logo).
    [GeneratedRegex(@"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b0\d{2,4}\s\d{3,4}\s?\d{3,4}\b|\bwww\.|\S@\S|\.gov\.uk\b", RegexOptions.CultureInvariant)]
    private static partial Regex ContactLine();

    // Committees and meetings, with or without the authority's name before them: the occasion, not the document.
    [GeneratedRegex(@"^(?:the )?(?:cabinet|council|full council|[\w' ,&-]{0,100} (?:committee|panel|board|sub-committee|forum))$")]
    private static partial Regex Committee();

    // Section headings that open a part of a report rather than name it.
    [GeneratedRegex(@"^(?:headline findings|main findings|key findings|background|purpose of (?:the|this) report|recommendations?|next steps|what needs to improve\b)")]
    private static partial Regex SectionOpening();

    [GeneratedRegex(@"^(?!.* of (?!\w+ council$))(?:(?:london|royal) borough of [\w' -]+|[\w' -]+ (?:metropolitan borough |borough |county |city |district )?council|[\w' -]+ integrated care board)$")]
    private static partial Regex CouncilName();

    // A full stop before a word in lower case does not end anything in a title: a scan's speck read as a mark ("victims. of").
    [GeneratedRegex(@"(?<=\p{Ll})\.\s+(?=\p{Ll})")]
    private static partial Regex StrayStop();

    [GeneratedRegex(@"^(?:(?:re|fw|fwd)\s*(?:\[\d+\])?\s*:\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyMarks();

    private sealed record Candidate(string Text, double Score);
}

using System.Text;
using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Pdf;

/// <summary>Groups a document's lines into paragraphs, headings, list items and table rows using spacing, indents, fonts and numbering.</summary>
internal sealed partial class PdfBlockBuilder
{
    private const int MaxHeadingWords = 20;
    private const int MaxNumberedHeadingWords = 18;

    private static readonly HashSet<string> DanglingWords = new(StringComparer.Ordinal)
    {
        "and", "or", "the", "of", "to", "for", "in", "with", "a", "an", "by", "on", "at", "from", "that", "which", "as", "is", "are",
    };

    private readonly IReadOnlyList<IReadOnlyList<PdfLine>> _pages;
    private readonly double _bodySize;
    private readonly double _lineSpacing;
    private readonly double _columnLeft;
    private readonly double _columnRight;
    private readonly List<double> _headingSizes;

    public PdfBlockBuilder(IReadOnlyList<IReadOnlyList<PdfLine>> pages)
    {
        _pages = pages;
        _bodySize = WeightedMode(pages.SelectMany(p => p).Select(l => (l.FontSize, l.Characters)), fallback: 11);
        var spacings = new List<double>();
        var lefts = new List<(double, int)>();
        var rights = new List<double>();
        foreach (var page in pages)
        {
            for (var i = 0; i < page.Count; i++)
            {
                var line = page[i];
                if (Math.Abs(line.FontSize - _bodySize) < 0.6)
                {
                    lefts.Add((Math.Round(line.Left), line.Characters));
                    rights.Add(line.Right);
                    if (i > 0 && Math.Abs(page[i - 1].FontSize - _bodySize) < 0.6)
                    {
                        var delta = page[i - 1].Baseline - line.Baseline;
                        if (delta > 0 && delta < 3 * _bodySize)
                        {
                            spacings.Add(delta);
                        }
                    }
                }
            }
        }

        _lineSpacing = spacings.Count > 0 ? Leading(spacings, _bodySize) : _bodySize * 1.2;
        _columnLeft = lefts.Count > 0 ? WeightedMode(lefts, 0) : 0;
        _columnRight = rights.Count > 0 ? Percentile(rights, 0.9) : double.MaxValue;
        _headingSizes = [.. pages.SelectMany(p => p).Select(l => l.FontSize).Where(IsLarger).Distinct().OrderDescending()];
    }

    public List<Block> Build(CancellationToken cancellationToken)
    {
        var blocks = new List<Block>();
        for (var p = 0; p < _pages.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lines = _pages[p];
            var address = PdfAddresses.Lines(lines, _lineSpacing / _bodySize);
            var start = 0;
            for (var i = 1; i <= lines.Count; i++)
            {
                if (i == lines.Count || StartsNewBlock(lines[i - 1], lines[i], address[i - 1] && address[i]))
                {
                    blocks.Add(ToBlock(lines, start, i, p + 1, address[i - 1]));
                    start = i;
                }
            }
        }

        DemoteCounts(blocks);
        return blocks;
    }

    // "29 Compliments", "42 Initial feedback", "8 Complaints": a run of lines opening with numbers that do not count up is
    // a list of figures, not numbered headings.
    private static void DemoteCounts(List<Block> blocks)
    {
        var start = 0;
        for (var i = 0; i <= blocks.Count; i++)
        {
            var counted = i < blocks.Count && blocks[i].Kind == BlockKind.Heading && LeadingCount().Match(blocks[i].Text) is { Success: true };
            if (counted)
            {
                continue;
            }

            if (i - start >= 3 && !CountsUp(blocks, start, i))
            {
                for (var j = start; j < i; j++)
                {
                    blocks[j] = blocks[j] with { Kind = BlockKind.ListItem, HeadingLevel = 0 };
                }
            }

            start = i + 1;
        }
    }

    private static bool CountsUp(List<Block> blocks, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            var previous = int.Parse(LeadingCount().Match(blocks[i - 1].Text).Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var current = int.Parse(LeadingCount().Match(blocks[i].Text).Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (current != previous + 1)
            {
                return false;
            }
        }

        return true;
    }

    private bool StartsNewBlock(PdfLine previous, PdfLine line, bool sameAddress)
    {
        // Type is set with leading in proportion to its size: a title wrapped over two lines is one block, and so is a
        // small-type paragraph in a sidebar, whose paragraphs are set apart by less than the body's leading.
        var gap = previous.Baseline - line.Baseline;
        var spacing = _lineSpacing * Math.Min(previous.FontSize, line.FontSize) / _bodySize;
        if (gap > 1.35 * spacing || gap < 0)
        {
            return true;
        }

        if (Math.Abs(previous.FontSize - line.FontSize) > 0.6 || previous.Bold != line.Bold)
        {
            return true;
        }

        if (line.Cells.Count > 1 || previous.Cells.Count > 1)
        {
            return true;
        }

        // Each entry of a table of contents is a line of its own, however tightly the entries are set.
        if (ContentsEntry().IsMatch(previous.Text))
        {
            return true;
        }

        if (!sameAddress && (line.Bulleted || ListMarker().IsMatch(line.Text) || NumberedHeading().IsMatch(line.Text)))
        {
            return true;
        }

        // The short last line of a justified paragraph ends it even when paragraphs are not spaced apart; so does a short
        // line before a date that opens the next (a dated entry), whereas a wrapped sentence runs to the column's edge.
        // A colon before a line opening in lower case leads into it: "Self-evaluation of children's services:" and "summary 2025
        // to 2026" are one title.
        var endsSentence = previous.Text.Length > 0 && (previous.Text[^1] is '.' or '?' or '!' || (previous.Text[^1] == ':' && !char.IsLower(line.Text.FirstOrDefault('A'))));
        return (endsSentence || LeadingDate().IsMatch(line.Text)) && previous.Right < _columnRight - 0.15 * (_columnRight - _columnLeft);
    }

    private Block ToBlock(IReadOnlyList<PdfLine> lines, int start, int end, int page, bool address)
    {
        var first = lines[start];
        if (end - start == 1 && first.Cells.Count > 1)
        {
            return new Block(string.Join(" | ", first.Cells), BlockKind.TableRow, page);
        }

        // "1. Introduction ........ 3": an entry of a table of contents names a section, it does not open one. The leader is
        // drawing, not text.
        if (end - start == 1 && ContentsEntry().Match(first.Text) is { Success: true } entry)
        {
            return new Block(entry.Groups["entry"].Value + " " + entry.Groups["page"].Value, BlockKind.ListItem, page);
        }

        var sb = new StringBuilder();
        var words = 0;
        for (var i = start; i < end; i++)
        {
            if (i > start)
            {
                sb.Append('\n');
            }

            sb.Append(lines[i].Text);
            words += CountWords(lines[i].Text);
        }

        var text = sb.ToString();
        if (first.Bulleted && !ListMarker().IsMatch(text))
        {
            return new Block(text, BlockKind.ListItem, page);
        }

        var marker = ListMarker().Match(text);
        if (marker.Success)
        {
            var enumerator = marker.Groups["enum"].Value;
            var rest = text[marker.Length..];

            // Some reports put section headings in a bulleted list ("• 3. Corporate Parenting"); the number makes it a heading.
            var numbered = enumerator.Length == 0 ? NumberedHeadingLevel(rest, end - start, words - 1) : 0;
            return numbered > 0
                ? new Block(rest, BlockKind.Heading, page, numbered)
                : new Block(enumerator.Length > 0 ? enumerator + " " + rest : rest, BlockKind.ListItem, page);
        }

        var level = address ? 0 : HeadingLevel(text, first, end - start, words);
        return level > 0 ? new Block(text, BlockKind.Heading, page, level) : new Block(text, BlockKind.Paragraph, page);
    }

    private int HeadingLevel(string text, PdfLine first, int lineCount, int words)
    {
        var last = text[^1];
        var endsLikeSentence = last is '.' or ',' or ';';
        if (lineCount > 3 || endsLikeSentence || !text.Any(char.IsLetter))
        {
            return 0;
        }

        var numbered = NumberedHeadingLevel(text, lineCount, words);
        if (numbered > 0)
        {
            return numbered;
        }

        // A line giving a full date beside other words ("Dunmere Borough Council, report to the panel, 18 June 2025") is a
        // byline or dateline, content rather than a heading; a date alone stays what its font makes it.
        if (words > 4 && text.Contains(' ', StringComparison.Ordinal) && Enrichment.UkDates.Find(text).Count > 0)
        {
            return 0;
        }

        if (words > MaxHeadingWords)
        {
            return 0;
        }

        if (IsLarger(first.FontSize))
        {
            return Math.Min(6, _headingSizes.IndexOf(first.FontSize) + 1);
        }

        if (first.Bold)
        {
            return Math.Min(6, _headingSizes.Count + 1);
        }

        return lineCount == 1 && IsPlainHeading(text, words) ? Math.Min(6, _headingSizes.Count + 2) : 0;
    }

    // Letters and reports often set sub-headings ("Main findings", "What needs to improve ...?") in the body font on a line
    // of their own; a short capitalised line without sentence or list punctuation is taken as one.
    private static bool IsPlainHeading(string text, int words)
    {
        if (words > 12 || !char.IsUpper(text[0]) || !(char.IsLetter(text[^1]) || text[^1] is '?' or ')'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsDigit(c) || c is ',' or ':' or ';' or '@' or '/' or '|')
            {
                return false;
            }
        }

        return !text.StartsWith("Dear ", StringComparison.Ordinal) && !text.StartsWith("Yours ", StringComparison.Ordinal);
    }

    private static int NumberedHeadingLevel(string text, int lineCount, int words)
    {
        if (lineCount > 3 || words > MaxNumberedHeadingWords || text.Length == 0 || text[^1] is '.' or ',' or ';' or ':')
        {
            return 0;
        }

        // A sentence cut by a line break ("... assessment and") is a paragraph, not a title.
        var lastWord = text[(text.LastIndexOfAny([' ', '\n']) + 1)..];
        if (DanglingWords.Contains(lastWord))
        {
            return 0;
        }

        var numbered = NumberedHeading().Match(text);
        return numbered.Success ? Math.Min(6, numbered.Groups["number"].Value.TrimEnd('.').Split('.').Length) : 0;
    }

    private bool IsLarger(double size) => size > _bodySize * 1.12;

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    private static double WeightedMode(IEnumerable<(double Value, int Weight)> items, double fallback)
    {
        var weights = new Dictionary<double, long>();
        foreach (var (value, weight) in items)
        {
            weights[value] = weights.GetValueOrDefault(value) + weight;
        }

        return weights.Count == 0 ? fallback : weights.MaxBy(kv => kv.Value).Key;
    }

    // The leading is the step from one line of a paragraph to the next. Measured over every pair of body lines it also counts the
    // steps across paragraph gaps (and to a heading half a point larger): in a report of short paragraphs, two lines each, those
    // are as many as the steps within paragraphs and their median lands on a paragraph gap, which then no longer parts
    // paragraphs. The steps within paragraphs are the smallest common ones: the median of those no more than a fifth over the
    // lower quartile. Steps under two thirds of the body's size are pieces of one line read apart (a scan's words, a turned
    // page's fragments), no leading; and a handful of steps is too few to have a quartile, so their median stands.
    private static double Leading(List<double> spacings, double bodySize)
    {
        List<double> steps = [.. spacings.Where(s => s >= 0.67 * bodySize)];
        if (steps.Count < 6)
        {
            return Percentile(spacings, 0.5);
        }

        var lower = Percentile(steps, 0.25);
        return Percentile([.. steps.Where(s => s <= 1.2 * lower)], 0.5);
    }

    private static double Percentile(List<double> values, double fraction)
    {
        values.Sort();
        return values[(int)Math.Min(values.Count - 1, Math.Floor(values.Count * fraction))];
    }

    // Bullets are dropped from the text; enumerators such as "(a)" and "1)" are kept because the text refers to them.
    [GeneratedRegex(@"^(?:[•◦▪●‣○■□➢►\-–*]|(?<enum>\((?:[a-zA-Z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|\d{1,2})\)))\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    // A contents entry: a title, a leader of four or more dots (or middle dots, or ellipses) and a page number.
    [GeneratedRegex(@"^(?<entry>\S.*?)\s*(?:[.·…]\s?){4,}\s*(?<page>\d{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex ContentsEntry();

    [GeneratedRegex(@"^(?<n>\d{1,4})\s+\p{Lu}")]
    private static partial Regex LeadingCount();

    [GeneratedRegex(@"^\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingDate();

    // "2.1 Scope", "4.3 Area 3", "1. Introduction": a section number followed by a capitalised title; not a date that a
    // paragraph wrapped onto the start of a line ("13 June 2025.").
    [GeneratedRegex(@"^(?<number>\d{1,2}(?:\.\d{1,2}){0,4}\.?)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)(?=[\p{Lu}(\u2018\u201C""'])", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedHeading();
}

using System.Text;
using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Extraction;
using Microsoft.Extensions.Options;

namespace Inspection.Ingestion.Segmentation;

/// <summary>
/// Groups blocks into sections at each heading, cuts each section into whole sentences, list items and table rows,
/// and packs those into passages of about <see cref="PassageSegmenterOptions.MinWords"/> to <see cref="PassageSegmenterOptions.MaxWords"/> words.
/// </summary>
public sealed class PassageSegmenter(IOptions<PassageSegmenterOptions> options) : IPassageSegmenter
{
    // A heading longer than this is a bold paragraph the extractor mistook for a heading.
    private const int MaxHeadingWords = 25;

    private static readonly HashSet<string> DanglingWords = new(StringComparer.Ordinal)
    {
        "and", "or", "the", "of", "to", "for", "in", "with", "a", "an", "by", "on", "at", "from", "that", "which", "as",
    };

    private readonly PassageSegmenterOptions _options = options.Value;

    public IReadOnlyList<PassageDraft> Segment(IReadOnlyList<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var passages = new List<PassageDraft>();
        var path = new HeadingPath(_options.HeadingSeparator);
        var section = new List<Unit>();
        var sectionPath = "";

        // Headings whose words are in no passage yet: a heading popped before any text came under it (a logo, an address
        // line, an agenda item title followed by the next) would otherwise be lost, so its words go into the next passage.
        var uncovered = new List<(string Text, int Page)>();
        foreach (var (block, pageTo) in JoinBrokenParagraphs(blocks))
        {
            if (block.Kind == BlockKind.Heading && BlockText.WordCount(block.Text) <= MaxHeadingWords)
            {
                var before = path.Current;
                path.Enter(block);
                var text = string.Join(' ', block.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

                // A heading that repeats the open one (a table's repeated header) continues its section, and a section
                // too short to stand alone ("4.7 Area 7" naming the weakness) is carried into its first subsection,
                // whose heading then stays in the text.
                if (string.Equals(before, path.Current, StringComparison.Ordinal))
                {
                    continue;
                }

                if (section.Count > 0 && section.Sum(u => u.Words) < _options.MinWords
                    && path.Current.StartsWith(sectionPath + _options.HeadingSeparator, StringComparison.Ordinal))
                {
                    section.Add(new Unit(text, block.Page, block.Page, UnitKind.ParagraphStart));
                    continue;
                }

                if (section.Count > 0)
                {
                    Pack(section, sectionPath, passages);
                    Cover(uncovered, sectionPath);
                }

                section.Clear();
                sectionPath = path.Current;
                var open = sectionPath.Split(_options.HeadingSeparator);
                foreach (var lost in uncovered.Where(h => !open.Any(o => o.StartsWith(Prefix(h.Text), StringComparison.Ordinal))).ToList())
                {
                    section.Add(new Unit(lost.Text, lost.Page, lost.Page, UnitKind.ParagraphStart));
                    uncovered.Remove(lost);
                }

                uncovered.Add((text, block.Page));
                continue;
            }

            section.AddRange(Units(block, pageTo));
        }

        if (section.Count > 0)
        {
            Cover(uncovered, sectionPath);
        }

        section.InsertRange(0, uncovered.Select(h => new Unit(h.Text, h.Page, h.Page, UnitKind.ParagraphStart)));
        Pack(section, sectionPath, passages);
        return passages;
    }

    private void Cover(List<(string Text, int Page)> uncovered, string sectionPath)
    {
        var open = sectionPath.Split(_options.HeadingSeparator);
        uncovered.RemoveAll(h => open.Any(o => o.StartsWith(Prefix(h.Text), StringComparison.Ordinal)));
    }

    // Heading paths keep a heading's first 160 characters, without its bullet.
    private static string Prefix(string heading)
    {
        var text = BlockText.StripBullet(heading);
        return text.Length > 150 ? text[..150] : text;
    }

    // A paragraph cut by a page turn continues in lower case on the next page: put it back together first.
    private static List<(Block Block, int PageTo)> JoinBrokenParagraphs(IReadOnlyList<Block> blocks)
    {
        var joined = new List<Block>(blocks.Count);
        var lastPage = new List<int>(blocks.Count);
        foreach (var block in blocks)
        {
            var text = block.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (joined.Count > 0
                && block.Kind == BlockKind.Paragraph
                && joined[^1].Kind is BlockKind.Paragraph or BlockKind.ListItem
                && char.IsLower(text[0])
                && !EndsSentence(joined[^1].Text))
            {
                joined[^1] = joined[^1] with { Text = joined[^1].Text.TrimEnd() + " " + text };
                lastPage[^1] = block.Page;
                continue;
            }

            // A line that looks like a heading but is the end of a sentence cut by a column or page turn ("Reducing turnover
            // in the children in care" + "teams is therefore...", "... Portfolio Holder for" + "Children's Services") is content.
            if (joined.Count > 0 && IsBrokenSentence(joined[^1], block, text))
            {
                joined[^1] = joined[^1] with { Text = joined[^1].Text.TrimEnd() + " " + text, Kind = BlockKind.Paragraph, HeadingLevel = 0 };
                lastPage[^1] = block.Page;
                continue;
            }

            joined.Add(block with { Text = text });
            lastPage.Add(block.Page);
        }

        return [.. joined.Select((b, i) => (b, lastPage[i]))];
    }

    private IEnumerable<Unit> Units(Block block, int pageTo)
    {
        switch (block.Kind)
        {
            case BlockKind.ListItem:
                yield return new Unit(block.Text, block.Page, pageTo, UnitKind.ListItem);
                yield break;
            case BlockKind.TableRow:
                foreach (var piece in RowPieces(block.Text))
                {
                    yield return new Unit(piece, block.Page, pageTo, UnitKind.TableRow);
                }

                yield break;
        }

        var first = true;
        foreach (var sentence in SentenceSplitter.Split(block.Text))
        {
            foreach (var piece in Bounded(sentence))
            {
                yield return new Unit(piece, block.Page, pageTo, first ? UnitKind.ParagraphStart : UnitKind.Sentence);
                first = false;
            }
        }
    }

    // A row longer than a passage (a plan's action with its whole commentary in one ruled row) is cut between its cells,
    // and a cell longer than a passage between its sentences.
    private IEnumerable<string> RowPieces(string row)
    {
        if (BlockText.WordCount(row) <= _options.MaxWords)
        {
            yield return row;
            yield break;
        }

        var current = new System.Text.StringBuilder();
        var words = 0;
        foreach (var cell in row.Split(" | "))
        {
            var parts = BlockText.WordCount(cell) <= _options.MaxWords ? [cell] : SentenceSplitter.Split(cell).SelectMany(Bounded).ToList();
            for (var i = 0; i < parts.Count; i++)
            {
                // A cell separator counts as a word where passages are measured.
                var count = BlockText.WordCount(parts[i]) + (i == 0 ? 1 : 0);
                if (current.Length > 0 && words + count > _options.MaxWords)
                {
                    yield return current.ToString();
                    current.Clear();
                    words = 0;
                }

                // Sentences of one cell stay joined as prose; cells keep their separator.
                current.Append(current.Length == 0 ? "" : i == 0 ? " | " : " ").Append(parts[i]);
                words += count;
            }
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    // Text longer than a passage with no sentence ending (a flattened table) is cut into equal runs of words as a last resort.
    private IEnumerable<string> Bounded(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= _options.MaxWords)
        {
            yield return sentence;
            yield break;
        }

        var pieces = (int)Math.Ceiling(words.Length / (double)_options.MaxWords);
        var size = (int)Math.Ceiling(words.Length / (double)pieces);
        for (var i = 0; i < words.Length; i += size)
        {
            yield return string.Join(' ', words.Skip(i).Take(size));
        }
    }

    private void Pack(List<Unit> units, string headingPath, List<PassageDraft> passages)
    {
        if (units.Count == 0)
        {
            return;
        }

        var total = units.Sum(u => u.Words);
        var pieces = (int)Math.Ceiling(total / (double)_options.MaxWords);
        var target = Math.Max(_options.MinWords, total / (double)Math.Max(1, pieces));
        var current = new List<Unit>();
        var words = 0;
        var sectionStart = passages.Count;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var group = GroupWords(units, i);
            // A passage under the minimum still closes when the next unit (a long table row) would take it past the maximum.
            if (current.Count > 0 && (words + group > _options.MaxWords || (words >= _options.MinWords && words >= target)))
            {
                Flush(current, headingPath, passages);
                current.Clear();
                words = 0;
            }

            current.Add(unit);
            words += unit.Words;
        }

        Flush(current, headingPath, passages);
        MergeTinyLast(passages, sectionStart);
    }

    // Consecutive table rows travel together when they fit in one passage.
    private int GroupWords(List<Unit> units, int index)
    {
        if (units[index].Kind != UnitKind.TableRow || (index > 0 && units[index - 1].Kind == UnitKind.TableRow))
        {
            return units[index].Words;
        }

        var words = 0;
        for (var i = index; i < units.Count && units[i].Kind == UnitKind.TableRow; i++)
        {
            words += units[i].Words;
        }

        return words <= _options.MaxWords ? words : units[index].Words;
    }

    private void MergeTinyLast(List<PassageDraft> passages, int sectionStart)
    {
        if (passages.Count - sectionStart < 2)
        {
            return;
        }

        var last = passages[^1];
        var previous = passages[^2];
        var lastWords = BlockText.WordCount(last.Text);
        if (lastWords < _options.MinWords && BlockText.WordCount(previous.Text) + lastWords <= _options.MaxWords)
        {
            passages[^2] = previous with { PageTo = Math.Max(previous.PageTo, last.PageTo), Text = previous.Text + "\n\n" + last.Text };
            passages.RemoveAt(passages.Count - 1);
        }
    }

    private static void Flush(List<Unit> units, string headingPath, List<PassageDraft> passages)
    {
        if (units.Count == 0)
        {
            return;
        }

        var text = new StringBuilder();
        for (var i = 0; i < units.Count; i++)
        {
            if (i > 0)
            {
                text.Append(Separator(units[i - 1], units[i]));
            }

            text.Append(units[i].Text);
        }

        passages.Add(new PassageDraft(passages.Count, headingPath, units.Min(u => u.PageFrom), units.Max(u => u.PageTo), text.ToString()));
    }

    private static string Separator(Unit previous, Unit next) => next.Kind switch
    {
        UnitKind.Sentence => " ",
        UnitKind.ListItem or UnitKind.TableRow when previous.Kind == next.Kind => "\n",
        _ => "\n\n",
    };

    private static bool IsBrokenSentence(Block previous, Block next, string text)
    {
        var headingThenLowercase = previous.Kind == BlockKind.Heading && next.Kind == BlockKind.Paragraph && char.IsLower(text[0])
            && BlockText.NumberingDepth(previous.Text) == 0 && !EndsSentence(previous.Text);
        var lastWord = previous.Text.TrimEnd()[(previous.Text.TrimEnd().LastIndexOfAny([' ', '\n']) + 1)..];
        var danglingThenHeading = previous.Kind == BlockKind.Paragraph && next.Kind == BlockKind.Heading && BlockText.NumberingDepth(text) == 0
            && DanglingWords.Contains(lastWord);
        return headingThenLowercase || danglingThenHeading;
    }

    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd('"', '\'', '’', '”', ')');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or ':' or ';';
    }

    private enum UnitKind
    {
        ParagraphStart,
        Sentence,
        ListItem,
        TableRow,
    }

    private sealed record Unit(string Text, int PageFrom, int PageTo, UnitKind Kind)
    {
        public int Words { get; } = BlockText.WordCount(Text);
    }
}

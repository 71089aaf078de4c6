using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Cleaning;

/// <summary>Rejoins a paragraph split by a page break (the first part lacks closing punctuation, the next starts lower-case), keeping the first page.</summary>
public sealed class PageBreakParagraphMerger : IBlockCleaner
{
    public IReadOnlyList<Block> Clean(IReadOnlyList<Block> blocks, int pageCount)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var result = new List<Block>(blocks.Count);
        foreach (var block in blocks)
        {
            if (result.Count > 0 && Continues(result[^1], block))
            {
                result[^1] = Merge(result[^1], block);
            }
            else
            {
                result.Add(block);
            }
        }

        return result;
    }

    private static bool Continues(Block previous, Block next) =>
        next.Page > previous.Page
        && previous.Kind is BlockKind.Paragraph or BlockKind.ListItem
        && next.Kind == BlockKind.Paragraph
        && previous.Text.Length > 0 && next.Text.Length > 0
        && !EndsSentence(previous.Text)
        && char.IsLower(next.Text[0]);

    private static bool EndsSentence(string text) =>
        text[^1] is '.' or '!' or '?' or ':' or ';' or '"' or '\u201D' or '\'' or '\u2019' or ')' or ']';

    private static Block Merge(Block previous, Block next)
    {
        var text = previous.Text;
        if (text.Length > 1 && text[^1] == '-' && char.IsLower(text[^2]))
        {
            var split = text.LastIndexOf(' ') + 1;
            var firstWord = text[split..^1];
            var space = next.Text.IndexOf(' ', StringComparison.Ordinal);
            var secondWord = space < 0 ? next.Text : next.Text[..space];
            var rest = space < 0 ? "" : next.Text[space..];
            return previous with { Text = text[..split] + HyphenationJoiner.JoinWord(firstWord, secondWord) + rest };
        }

        return previous with { Text = text + " " + next.Text };
    }
}

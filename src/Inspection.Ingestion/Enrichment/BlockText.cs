using System.Buffers;
using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>Text tests shared by the rules: bullets, numbering and heading-like lines, whatever kind the extractor gave a block.</summary>
internal static partial class BlockText
{
    private const int StackChars = 256;

    private static readonly char[] Bullets = ['•', '●', '▪', '◦', '○', '■', '□', '‣', '⁃', '∙', '·', '-', '–', '—', '*', '|', '\uF0B7'];

    /// <summary>True when the block reads as a list item: tagged so, or starting with a bullet or a list marker such as "a)".</summary>
    public static bool IsListItem(Block block) =>
        block.Kind == BlockKind.ListItem || StartsWithBullet(block.Text) || LetterMarker().IsMatch(block.Text);

    public static bool StartsWithBullet(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.Length > 1 && Array.IndexOf(Bullets, trimmed[0]) >= 0 && char.IsWhiteSpace(trimmed[1]);
    }

    /// <summary>The text without a leading bullet or list marker.</summary>
    public static string StripBullet(string text)
    {
        var trimmed = text.Trim();
        while (StartsWithBullet(trimmed))
        {
            trimmed = trimmed[1..].TrimStart();
        }

        var marker = LetterMarker().Match(trimmed);
        return marker.Success ? trimmed[marker.Length..].TrimStart() : trimmed;
    }

    /// <summary>The text without bullets and a leading section number such as "4.7" or "2.".</summary>
    public static string StripNumbering(string text)
    {
        var stripped = StripBullet(text);
        var number = SectionNumber().Match(stripped);
        return number.Success ? stripped[number.Length..].TrimStart() : stripped;
    }

    /// <summary>Depth of a leading section number ("4." is 1, "4.7" is 2), 0 when there is none.</summary>
    public static int NumberingDepth(string text)
    {
        var number = SectionNumber().Match(StripBullet(text));
        return number.Success ? number.Groups["n"].Value.TrimEnd('.').Split('.').Length : 0;
    }

    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// True for a heading, or a short line without closing punctuation that stands alone like one
    /// (extractors cannot always tell a bold paragraph from a heading).
    /// </summary>
    public static bool IsHeadingLike(Block block, int maxWords = 14)
    {
        if (block.Kind == BlockKind.Heading)
        {
            return true;
        }

        if (block.Kind == BlockKind.TableRow || IsListItem(block))
        {
            return false;
        }

        var text = StripMarkup(block.Text).Trim();
        return text.Length > 0 && WordCount(text) <= maxWords && !EndsSentence(text) && char.IsUpper(StripNumbering(text).FirstOrDefault('a'));
    }

    public static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd('"', '\'', '’', '”', ')');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or ';' or ':' or ',';
    }

    /// <summary>Lower case, single spaces, curly apostrophes made straight, stray inline tags dropped: for matching cues.</summary>
    /// <remarks>One pass over the text: the rules call this for every block, several times over.</remarks>
    public static string Normalise(string text)
    {
        var source = StripMarkup(text).AsSpan();
        var rented = source.Length > StackChars ? ArrayPool<char>.Shared.Rent(source.Length * 2) : null;
        try
        {
            var buffer = rented is null ? stackalloc char[StackChars * 2] : rented.AsSpan(0, source.Length * 2);
            var collapsed = buffer[..source.Length];
            var length = 0;
            var space = false;
            foreach (var c in source)
            {
                // char.IsWhiteSpace is the same set as the regex \s that this once used, and the one Trim uses.
                if (char.IsWhiteSpace(c))
                {
                    space = length > 0;
                    continue;
                }

                if (space)
                {
                    collapsed[length++] = ' ';
                    space = false;
                }

                collapsed[length++] = c is '’' or '‘' ? '\'' : c;
            }

            var lower = buffer.Slice(source.Length, length);
            var written = MemoryExtensions.ToLowerInvariant(collapsed[..length], lower);
            return new string(lower[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    // Converted documents sometimes keep inline markup as text ("4.5 <u>Area 5</u>").
    public static string StripMarkup(string text) => text.Contains('<', StringComparison.Ordinal) ? InlineTag().Replace(text, "") : text;

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2}){0,4}\.?)(?=\s)")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"^\(?[a-hivx]{1,4}\)\s")]
    private static partial Regex LetterMarker();

    [GeneratedRegex(@"</?(?:u|b|i|em|strong|span|sup|sub)>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTag();
}

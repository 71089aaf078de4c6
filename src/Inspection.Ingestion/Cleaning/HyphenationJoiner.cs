using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Cleaning;

/// <summary>Joins words split by a hyphen at a line break ("im-\nprovement"), keeping real compounds ("well-\nbeing" stays "well-being").</summary>
public sealed partial class HyphenationJoiner : IBlockCleaner
{
    // Halves that usually form hyphenated compounds in this sector's writing; a line break there keeps the hyphen.
    private static readonly HashSet<string> CompoundFirstHalves = new(StringComparer.Ordinal)
    {
        "well", "long", "short", "medium", "self", "cross", "multi", "non", "co", "inter", "post", "pre", "full", "part",
        "high", "low", "year", "day", "one", "two", "three", "four", "five", "six", "first", "second", "third",
        "under", "over", "child", "young", "decision", "evidence", "school", "age", "time", "face", "joined", "follow",
        "re", "sub", "semi", "anti", "out", "up", "in", "on", "front", "older", "hard", "good", "best", "all", "wide",
    };

    private static readonly HashSet<string> CompoundSecondHalves = new(StringComparer.Ordinal)
    {
        "being", "term", "based", "led", "related", "making", "up", "focused", "centred", "centered", "specific", "wide",
        "level", "agency", "time", "quality", "date", "year", "old", "going", "known", "like", "free", "scale", "off", "taking",
    };

    private static readonly char[] Separators = [' ', '\n', '\t', '\r', '/'];
    private static readonly char[] Punctuation = ['.', ',', ';', ':', '(', ')', '"', '\'', '?', '!', '\u2018', '\u2019', '\u201C', '\u201D', '[', ']'];

    public IReadOnlyList<Block> Clean(IReadOnlyList<Block> blocks, int pageCount)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (!blocks.Any(b => HasBrokenLine(b.Text)))
        {
            return blocks;
        }

        // The document's own words decide first: "extra-familial" written whole elsewhere keeps its hyphen.
        var vocabulary = Vocabulary(blocks);
        var result = new List<Block>(blocks.Count);
        foreach (var block in blocks)
        {
            result.Add(HasBrokenLine(block.Text) ? block with { Text = Join(block.Text, vocabulary) } : block);
        }

        return result;
    }

    /// <summary>Joins <paramref name="firstWord"/> (before a line-end hyphen) and <paramref name="secondWord"/>, keeping the hyphen of a compound.</summary>
    internal static string JoinWord(string firstWord, string secondWord, HashSet<string>? vocabulary = null)
    {
        if (vocabulary is not null)
        {
            var hyphenated = (firstWord + "-" + secondWord).ToLowerInvariant();
            if (vocabulary.Contains(hyphenated))
            {
                return firstWord + "-" + secondWord;
            }

            if (vocabulary.Contains((firstWord + secondWord).ToLowerInvariant()))
            {
                return firstWord + secondWord;
            }
        }

        return IsCompound(firstWord, secondWord) ? firstWord + "-" + secondWord : firstWord + secondWord;
    }

    internal static string Join(string text, HashSet<string>? vocabulary = null) =>
        BrokenWord().Replace(text, m => JoinWord(m.Groups["first"].Value, m.Groups["second"].Value, vocabulary));

    private static bool HasBrokenLine(string text) =>
        text.Contains("-\n", StringComparison.Ordinal) || text.Contains("- \n", StringComparison.Ordinal);

    private static HashSet<string> Vocabulary(IReadOnlyList<Block> blocks)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            foreach (var token in block.Text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                var word = token.Trim(Punctuation);
                if (word.Length > 2 && !word.EndsWith('-'))
                {
                    words.Add(word.ToLowerInvariant());
                }
            }
        }

        return words;
    }

    private static bool IsCompound(string first, string second)
    {
        var lastPart = first[(first.LastIndexOf('-') + 1)..];
        return CompoundFirstHalves.Contains(lastPart.ToLowerInvariant()) || CompoundSecondHalves.Contains(second.ToLowerInvariant());
    }

    [GeneratedRegex(@"(?<first>[\p{L}-]*\p{Ll})-[ \t]*\n[ \t]*(?<second>\p{Ll}+)", RegexOptions.CultureInvariant)]
    private static partial Regex BrokenWord();
}

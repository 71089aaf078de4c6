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
        "level", "agency", "time", "quality", "date", "year", "old", "going", "known", "like", "free", "scale", "off",
    };

    public IReadOnlyList<Block> Clean(IReadOnlyList<Block> blocks, int pageCount)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var result = new List<Block>(blocks.Count);
        foreach (var block in blocks)
        {
            result.Add(block.Text.Contains("-\n", StringComparison.Ordinal) || block.Text.Contains("- \n", StringComparison.Ordinal)
                ? block with { Text = Join(block.Text) }
                : block);
        }

        return result;
    }

    /// <summary>Joins <paramref name="first"/> (ending "...-") and <paramref name="second"/> as one word, keeping the hyphen of a compound.</summary>
    internal static string JoinWord(string firstWord, string secondWord) =>
        IsCompound(firstWord, secondWord) ? firstWord + "-" + secondWord : firstWord + secondWord;

    internal static string Join(string text) =>
        BrokenWord().Replace(text, m => JoinWord(m.Groups["first"].Value, m.Groups["second"].Value));

    private static bool IsCompound(string first, string second)
    {
        var lastPart = first[(first.LastIndexOf('-') + 1)..];
        return CompoundFirstHalves.Contains(lastPart.ToLowerInvariant()) || CompoundSecondHalves.Contains(second.ToLowerInvariant());
    }

    [GeneratedRegex(@"(?<first>[\p{L}-]*\p{Ll})-[ \t]*\n[ \t]*(?<second>\p{Ll}+)", RegexOptions.CultureInvariant)]
    private static partial Regex BrokenWord();
}

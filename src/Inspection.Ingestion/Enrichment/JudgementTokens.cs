using System.Text.RegularExpressions;

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// A block's text as lower-case words and punctuation, for matching judgement names and grades: separators (":", "|", a
/// spaced dash) may join a name to its grade; other punctuation ends a sentence or clause and does not.
/// </summary>
internal static partial class JudgementTokens
{
    public static List<JudgementToken> Read(string text)
    {
        var tokens = new List<JudgementToken>();
        foreach (Match match in Token().Matches(text))
        {
            var value = match.Value;
            var kind = char.IsLetterOrDigit(value[0]) ? JudgementTokenKind.Word
                : value is ":" or "|" or "-" or "–" or "—" ? JudgementTokenKind.Separator
                : JudgementTokenKind.Stop;
            tokens.Add(new JudgementToken(kind == JudgementTokenKind.Word ? value.Replace('’', '\'').ToLowerInvariant() : value, kind));
        }

        return tokens;
    }

    // Words keep inner apostrophes and hyphens ("children's", "well-being", "post-16"); any other mark is a token of its own.
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]")]
    private static partial Regex Token();
}

internal enum JudgementTokenKind
{
    Word,
    Separator,
    Stop,
}

/// <summary>One word (lower case) or mark of a block's text.</summary>
internal readonly record struct JudgementToken(string Text, JudgementTokenKind Kind)
{
    public bool IsWord => Kind == JudgementTokenKind.Word;

    public bool IsNumber => IsWord && char.IsDigit(Text[0]);
}

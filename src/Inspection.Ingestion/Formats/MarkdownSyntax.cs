using System.Text.RegularExpressions;

namespace Inspection.Ingestion.Formats;

/// <summary>The few Markdown line shapes detection and the text extractor both recognise, and the inline marks the text drops.</summary>
internal static partial class MarkdownSyntax
{
    /// <summary>
    /// The words without their inline marks, as a reader sees them: "**72 hours**" and "_most_" lose their emphasis marks,
    /// "`RHI`" its backticks, a link or image keeps its words ("[the plan](plan.pdf)" reads "the plan"). A mark not closed, or
    /// written with spaces inside ("5 * 3"), is ordinary text and stays.
    /// </summary>
    public static string Plain(string text)
    {
        if (text.AsSpan().IndexOfAny("*_`[") < 0)
        {
            return text;
        }

        text = Link().Replace(text, "$1");
        text = Code().Replace(text, "$1");
        text = Strong().Replace(text, "$2");
        return Emphasis().Replace(text, "$2");
    }

    /// <summary>1-6 for an ATX heading ("## Title"), else 0.</summary>
    public static int HeadingLevel(ReadOnlySpan<char> line)
    {
        var level = 0;
        while (level < line.Length && line[level] == '#')
        {
            level++;
        }

        return level is >= 1 and <= 6 && line.Length > level + 1 && line[level] == ' ' ? level : 0;
    }

    public static bool IsBulletLine(ReadOnlySpan<char> line) =>
        line.Length > 2 && line[0] is '-' or '*' or '+' && line[1] == ' ' && !line[2..].IsWhiteSpace();

    public static bool IsTableLine(ReadOnlySpan<char> line) =>
        line.Length > 2 && line[0] == '|' && line.TrimEnd()[^1] == '|';

    [GeneratedRegex(@"!?\[([^\]\n]+)\]\([^)\s]+(?:\s+""[^""]*"")?\)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"`([^`\n]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", RegexOptions.CultureInvariant)]
    private static partial Regex Strong();

    // Underscores inside words (file_name) are not emphasis, as in CommonMark.
    [GeneratedRegex(@"(?<![\w*])(\*|_)(?=[^\s*_])([^*_\n]+?)(?<=[^\s*_])\1(?![\w*])", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();
}

namespace Inspection.Ingestion.Formats;

/// <summary>The few Markdown line shapes detection and the text extractor both recognise.</summary>
internal static class MarkdownSyntax
{
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
}

using System.Text;
using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Formats;

namespace Inspection.Ingestion.Text;

/// <summary>Splits plain text into paragraphs on blank lines and list items on markers; with Markdown on, also headings and pipe tables.</summary>
internal sealed partial class TextBlockParser(bool markdown)
{
    private readonly List<Block> _blocks = [];
    private readonly StringBuilder _current = new();
    private BlockKind _currentKind = BlockKind.Paragraph;

    public IReadOnlyList<Block> Parse(TextReader reader, CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        string? previous = null;
        while (reader.ReadLine() is { } line)
        {
            if (++lineNumber % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            previous = Accept(line, previous);
        }

        Flush();
        return _blocks;
    }

    private string? Accept(string line, string? previous)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            Flush();
            return null;
        }

        if (markdown)
        {
            var level = MarkdownSyntax.HeadingLevel(trimmed);
            if (level > 0)
            {
                Flush();
                Emit(trimmed[level..].Trim().TrimEnd('#').TrimEnd().ToString(), BlockKind.Heading, level);
                return null;
            }

            // Setext underline turns the single preceding line into a heading.
            if (previous is not null && _currentKind == BlockKind.Paragraph && IsSetextUnderline(trimmed) && !previous.Contains('\n', StringComparison.Ordinal)
                && _current.Length == previous.Length)
            {
                _current.Clear();
                Emit(previous, BlockKind.Heading, trimmed[0] == '=' ? 1 : 2);
                return null;
            }

            if (MarkdownSyntax.IsTableLine(trimmed))
            {
                Flush();
                if (!TableSeparator().IsMatch(trimmed))
                {
                    var cells = trimmed[1..^1].ToString().Split('|').Select(c => c.Trim());
                    Emit(string.Join(" | ", cells), BlockKind.TableRow, 0);
                }

                return null;
            }
        }

        var marker = ListMarker().Match(line);
        if (marker.Success)
        {
            Flush();
            _currentKind = BlockKind.ListItem;
            var rest = line[marker.Length..].Trim();
            var enumerator = marker.Groups["enum"].Value;
            _current.Append(enumerator.Length > 0 ? enumerator + " " + rest : rest);
            return _current.ToString();
        }

        if (_current.Length > 0)
        {
            _current.Append('\n');
        }

        _current.Append(trimmed);
        return _current.ToString();
    }

    private void Flush()
    {
        if (_current.Length > 0)
        {
            Emit(_current.ToString(), _currentKind, 0);
        }

        _current.Clear();
        _currentKind = BlockKind.Paragraph;
    }

    private void Emit(string text, BlockKind kind, int level)
    {
        if (markdown)
        {
            text = MarkdownSyntax.Plain(text);
        }

        if (text.Length > 0)
        {
            _blocks.Add(new Block(text, kind, 1, level));
        }
    }

    private static bool IsSetextUnderline(ReadOnlySpan<char> line) =>
        line.Length >= 3 && (line.TrimStart('=').IsEmpty || line.TrimStart('-').IsEmpty);

    // Bullets are dropped; enumerators such as "(a)" or "2)" are kept because text refers to them.
    [GeneratedRegex(@"^\s*(?:[-*+•◦▪●‣]|(?<enum>\(?[a-z0-9]{1,3}\)|\d{1,3}\.))\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\|[\s:|-]+\|$", RegexOptions.CultureInvariant)]
    private static partial Regex TableSeparator();
}

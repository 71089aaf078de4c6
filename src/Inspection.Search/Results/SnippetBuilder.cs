using System.Net;
using System.Text;
using Inspection.Search.Analysis;
using Lucene.Net.Analysis;

namespace Inspection.Search.Results;

/// <summary>Builds snippets by re-analysing the stored text with the index analyzer, so stems and glossary forms are marked exactly where the query matched.</summary>
public sealed class SnippetBuilder(Analyzer analyzer)
{
    /// <summary>About 35 words: enough to judge a passage from a results list.</summary>
    public const int WindowTokens = 36;

    private const int LeadTokens = 5;

    public Snippet Build(string text, IReadOnlyList<IReadOnlyList<string>> markSequences)
    {
        ArgumentNullException.ThrowIfNull(markSequences);
        if (string.IsNullOrEmpty(text))
        {
            return new Snippet(string.Empty, string.Empty);
        }

        var tokens = TextAnalysis.Tokens(analyzer, text);
        var marks = FindMarks(tokens, markSequences);
        var (first, last) = Window(tokens.Count, marks);
        var start = first == 0 ? 0 : tokens[first].Start;
        var end = last >= tokens.Count ? text.Length : tokens[last - 1].End;
        if (tokens.Count == 0)
        {
            end = Math.Min(text.Length, 300);
        }

        var html = new StringBuilder();
        var plain = new StringBuilder();
        if (start > 0)
        {
            html.Append("… ");
            plain.Append("… ");
        }

        var position = start;
        foreach (var (markFirst, markLast) in marks.Where(m => m.First >= first && m.Last < last))
        {
            var markStart = tokens[markFirst].Start;
            var markEnd = tokens[markLast].End;
            AppendPlain(html, plain, text[position..markStart]);
            var marked = Collapse(text[markStart..markEnd]);
            html.Append("<mark>").Append(WebUtility.HtmlEncode(marked)).Append("</mark>");
            plain.Append("**").Append(marked).Append("**");
            position = markEnd;
        }

        AppendPlain(html, plain, text[position..end]);
        if (end < text.Length)
        {
            html.Append(" …");
            plain.Append(" …");
        }

        return new Snippet(html.ToString().Trim(), plain.ToString().Trim());
    }

    private static List<(int First, int Last)> FindMarks(IReadOnlyList<AnalyzedToken> tokens, IReadOnlyList<IReadOnlyList<string>> sequences)
    {
        var ordered = sequences.Where(s => s.Count > 0).OrderByDescending(s => s.Count).ToList();
        var marks = new List<(int First, int Last)>();
        var i = 0;
        while (i < tokens.Count)
        {
            var length = ordered.FirstOrDefault(s => MatchesAt(tokens, i, s))?.Count ?? 0;
            if (length == 0)
            {
                i++;
                continue;
            }

            marks.Add((i, i + length - 1));
            i += length;
        }

        return marks;
    }

    private static bool MatchesAt(IReadOnlyList<AnalyzedToken> tokens, int at, IReadOnlyList<string> sequence)
    {
        if (at + sequence.Count > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < sequence.Count; k++)
        {
            if (!string.Equals(tokens[at + k].Term, sequence[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // The window with the most matches, opened a few words before its first match so the match has context.
    private static (int First, int Last) Window(int count, List<(int First, int Last)> marks)
    {
        if (count <= WindowTokens)
        {
            return (0, count);
        }

        var bestStart = 0;
        var bestCount = -1;
        foreach (var candidate in marks.Select(m => m.First))
        {
            var inside = marks.Count(m => m.First >= candidate && m.Last < candidate + WindowTokens);
            if (inside > bestCount)
            {
                bestCount = inside;
                bestStart = candidate;
            }
        }

        var first = Math.Clamp(bestStart - LeadTokens, 0, count - WindowTokens);
        return (first, first + WindowTokens);
    }

    private static void AppendPlain(StringBuilder html, StringBuilder plain, string segment)
    {
        var collapsed = Collapse(segment);
        html.Append(WebUtility.HtmlEncode(collapsed));
        plain.Append(collapsed);
    }

    private static string Collapse(string segment)
    {
        var builder = new StringBuilder(segment.Length);
        var space = false;
        foreach (var c in segment)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        if (space)
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }
}

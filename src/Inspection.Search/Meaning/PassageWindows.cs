using System.Text.RegularExpressions;

namespace Inspection.Search.Meaning;

/// <summary>
/// Cuts a passage into windows of a few sentences for meaning search: a query in other words usually matches one
/// sentence of a long passage, which the passage's single vector dilutes.
/// </summary>
public static partial class PassageWindows
{
    // Shorter pieces (a heading, "Yes.", a table cell) join the window before them: alone they carry little meaning.
    private const int MinimumWords = 6;

    /// <summary>
    /// The passage's windows of <paramref name="sentences"/> sentences each, in order; none when the passage is no longer
    /// than one window (its own vector says it all) or <paramref name="sentences"/> is 0.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (sentences <= 0)
        {
            return [];
        }

        var pieces = new List<string>();
        foreach (var sentence in SentenceEnd().Split(text))
        {
            var trimmed = sentence.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (pieces.Count > 0 && Words(trimmed) < MinimumWords)
            {
                pieces[^1] += " " + trimmed;
            }
            else
            {
                pieces.Add(trimmed);
            }
        }

        if (pieces.Count <= sentences)
        {
            return [];
        }

        return [.. pieces.Chunk(sentences).Select(chunk => string.Join(' ', chunk))];
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // A sentence ends at . ! ? or ; before a space and a capital, digit or bracket, or at a line break.
    [GeneratedRegex(@"(?<=[.!?;])\s+(?=[\p{Lu}\d(""'£•\-])|\s*\n+\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}

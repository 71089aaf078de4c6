using System.Text.RegularExpressions;

namespace Inspection.Application.Findings;

/// <summary>
/// A starting search for a finding's evidence: its telling words joined by OR, so that passages sharing most of them rank
/// first (the whole sentence as typed would find only the letter that said it).
/// </summary>
public static partial class FindingQuery
{
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "this", "they", "them", "their", "there", "with", "from", "into", "onto", "have", "been", "were", "when", "what",
        "which", "where", "while", "will", "should", "would", "could", "also", "more", "most", "such", "than", "then", "those",
        "these", "some", "other", "each", "every", "about", "after", "before", "being", "does", "over", "under", "including",
        "ensure", "ensuring", "make", "made", "sure", "well", "good", "better", "improve", "improvement", "quality", "level",
    };

    public static string From(string findingText, int maxWords = 12)
    {
        ArgumentNullException.ThrowIfNull(findingText);
        var words = Word().Matches(findingText)
            .Select(m => m.Value)
            .Where(w => w.Length >= 4 && !Common.Contains(w))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(maxWords);
        return string.Join(" OR ", words);
    }

    [GeneratedRegex(@"[\p{L}][\p{L}'’-]*[\p{L}]", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}

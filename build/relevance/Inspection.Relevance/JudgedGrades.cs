using System.Text.RegularExpressions;

namespace Inspection.Relevance;

/// <summary>Turns a query's relevant phrases into graded passages: a passage containing a phrase (case and spacing ignored) takes its grade.</summary>
public static partial class JudgedGrades
{
    public static Dictionary<string, int> For(JudgedQuery query, IReadOnlyList<CorpusPassage> passages)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(passages);
        var grades = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var phrase in query.Relevant)
        {
            var wanted = Normalise(phrase.Text);
            foreach (var passage in passages.Where(p => Normalise(p.Text).Contains(wanted, StringComparison.Ordinal)))
            {
                grades[passage.PassageId] = Math.Max(grades.GetValueOrDefault(passage.PassageId), phrase.Grade);
            }
        }

        return grades;
    }

    /// <summary>Phrases of the query that no passage contains: a judgement that no longer points at anything.</summary>
    public static IReadOnlyList<string> Unmatched(JudgedQuery query, IReadOnlyList<CorpusPassage> passages)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(passages);
        var texts = passages.Select(p => Normalise(p.Text)).ToList();
        return [.. query.Relevant.Select(r => r.Text).Where(t => !texts.Any(p => p.Contains(Normalise(t), StringComparison.Ordinal)))];
    }

    public static string Normalise(string text) =>
        Spaces().Replace((text ?? string.Empty).Replace('\u2019', '\'').Replace('\u2018', '\''), " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

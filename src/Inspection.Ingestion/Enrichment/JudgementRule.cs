using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>Finds graded judgements ("Overall effectiveness: Inadequate") by Ofsted's judgement names followed closely by a grade.</summary>
internal static partial class JudgementRule
{
    public static IReadOnlyDictionary<string, string> Find(IReadOnlyList<Block> blocks, int from, int to)
    {
        var judgements = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = from; i <= to && i < blocks.Count; i++)
        {
            if (!MayHoldGrade(blocks[i].Text))
            {
                continue;
            }

            foreach (Match match in GradedJudgement().Matches(blocks[i].Text.Replace('’', '\'')))
            {
                var name = match.Groups["name"].Value;
                name = char.ToUpperInvariant(name[0]) + name[1..].ToLowerInvariant();
                judgements.TryAdd(name, Grade(match.Groups["grade"].Value));
            }
        }

        return judgements;
    }

    // Every match contains a grade, so a block without one is skipped before the (much slower) pattern runs. The probes
    // avoid the letters i, k and s, whose case-insensitive regex matches go beyond ASCII, so no block the pattern would match is skipped.
    private static bool MayHoldGrade(string text) =>
        text.Contains("good", StringComparison.OrdinalIgnoreCase)
        || text.Contains("tand", StringComparison.OrdinalIgnoreCase)
        || text.Contains("adequate", StringComparison.OrdinalIgnoreCase)
        || text.Contains("mprovement", StringComparison.OrdinalIgnoreCase);

    private static string Grade(string written) => written.ToLowerInvariant() switch
    {
        "outstanding" => JudgementGrades.Outstanding,
        "good" => JudgementGrades.Good,
        "inadequate" => JudgementGrades.Inadequate,
        _ => JudgementGrades.RequiresImprovement,
    };

    // The grade must follow the name within a few connecting words, so prose such as "overall effectiveness of the
    // partnership has improved and is good news" does not count.
    [GeneratedRegex(
        @"\b(?<name>overall effectiveness|the impact of leaders on social work practice with children and families|the experiences and progress of children who need help and protection|the experiences and progress of children in care and care leavers|the experiences and progress of children in care|the experiences and progress of care leavers|quality of education|behaviour and attitudes|personal development|(?:the )?effectiveness of leadership and management|leadership and management|early years provision|sixth-form provision)\b\s*(?:[:\-–—|]\s*|(?:is|was|has been|are|were|judged|rated|graded|to be|as)\s+){0,4}(?<grade>requires improvement(?: to be good)?|outstanding|good|inadequate)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex GradedJudgement();
}

using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// Finds graded judgements of every framework an authority's evidence holds: a judgement's name followed closely by its
/// grade ("Overall effectiveness: Inadequate", a table row "Adoption performance | Good", a report card's area with its
/// grade on the next line), the single inspection framework's overall sentence ("Children's services in X require
/// improvement to be good") and an area SEND inspection's outcome (2023).
/// </summary>
internal static partial class JudgementRule
{
    public const string Overall = "Overall effectiveness";
    public const string SendOutcome = "Inspection outcome";

    public static IReadOnlyDictionary<string, string> Find(IReadOnlyList<Block> blocks, int from, int to)
    {
        var judgements = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = from; i <= to && i < blocks.Count; i++)
        {
            var text = blocks[i].Text.Replace('’', '\'');
            if (MayHoldGrade(text))
            {
                foreach (var match in GradedJudgement().Matches(text).Concat(SeparatedJudgement().Matches(text)))
                {
                    if (Grade(match.Groups["grade"].Value) is { } grade)
                    {
                        judgements.TryAdd(Name(match.Groups["name"].Value), grade);
                    }
                }

                if (SifOverall().Match(text) is { Success: true } overall && Grade(overall.Groups["grade"].Value) is { } overallGrade)
                {
                    judgements.TryAdd(Overall, overallGrade);
                }

                if (SendOutcomeSentence().Match(text) is { Success: true } outcome)
                {
                    judgements.TryAdd(SendOutcome, SendOutcomeGrade(outcome.Value));
                }
            }

            // A report card sets each area's grade on the line under its name, often as separate blocks.
            if (i + 1 <= to && i + 1 < blocks.Count && AreaName().Match(text.Trim()) is { Success: true } area
                && Grade(blocks[i + 1].Text.Trim()) is { } below && area.Length == text.Trim().Length)
            {
                judgements.TryAdd(Name(area.Value), below);
            }
        }

        return judgements;
    }

    // Every match contains a grade, so a block without one is skipped before the (much slower) patterns run. The probes
    // avoid the letters i, k and s, whose case-insensitive regex matches go beyond ASCII, so no block a pattern would match is skipped.
    private static bool MayHoldGrade(string text) =>
        text.Contains("good", StringComparison.OrdinalIgnoreCase)
        || text.Contains("tand", StringComparison.OrdinalIgnoreCase)
        || text.Contains("adequate", StringComparison.OrdinalIgnoreCase)
        || text.Contains("mprovement", StringComparison.OrdinalIgnoreCase)
        || text.Contains("attention", StringComparison.OrdinalIgnoreCase)
        || HasWordMet(text)
        || text.Contains("outcome", StringComparison.OrdinalIgnoreCase)
        || text.Contains("failing", StringComparison.OrdinalIgnoreCase);

    // "met" as a word (safeguarding met or not met), not inside "metropolitan", "method" or "sometimes".
    private static bool HasWordMet(string text)
    {
        for (var at = text.IndexOf("met", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("met", at + 3, StringComparison.OrdinalIgnoreCase))
        {
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (at + 3 == text.Length || !char.IsLetter(text[at + 3])))
            {
                return true;
            }
        }

        return false;
    }

    private static string Name(string written)
    {
        var name = Regex.Replace(written.Trim(), @"\s+", " ");
        return char.ToUpperInvariant(name[0]) + name[1..].ToLowerInvariant();
    }

    private static string? Grade(string written) => Regex.Replace(written.Trim().TrimEnd('.'), @"\s+", " ").ToLowerInvariant() switch
    {
        "outstanding" or "are outstanding" => JudgementGrades.Outstanding,
        "good" or "are good" => JudgementGrades.Good,
        "inadequate" or "are inadequate" => JudgementGrades.Inadequate,
        "requires improvement" or "requires improvement to be good" or "require improvement to be good" or "require improvement" => JudgementGrades.RequiresImprovement,
        "exceptional" => JudgementGrades.Exceptional,
        "strong standard" => JudgementGrades.StrongStandard,
        "expected standard" => JudgementGrades.ExpectedStandard,
        "needs attention" => JudgementGrades.NeedsAttention,
        "urgent improvement" => JudgementGrades.UrgentImprovement,
        "met" => JudgementGrades.Met,
        "not met" => JudgementGrades.NotMet,
        _ => null,
    };

    private static string SendOutcomeGrade(string sentence) =>
        sentence.Contains("inconsistent", StringComparison.OrdinalIgnoreCase) ? JudgementGrades.InconsistentOutcomes
        : sentence.Contains("positive", StringComparison.OrdinalIgnoreCase) ? JudgementGrades.PositiveOutcomes
        : JudgementGrades.SystemicFailings;

    private const string Names =
        "overall effectiveness|the impact of leaders on social work practice with children and families|the experiences and progress of children who need help and protection|the experiences and progress of children in care and care leavers|the experiences and progress of children in care|(?:the )?experiences and progress of care leavers|quality of education|behaviour and attitudes|personal development|(?:the )?effectiveness of leadership and management|leadership and management|early years provision|sixth-form provision"
        + "|children who need help and protection|children looked after and achieving permanence|adoption performance|leadership, management and governance|(?:the )?effectiveness of the local safeguarding children board";

    // The renewed schools framework's evaluation areas are common words, so they count only with a separator before the grade.
    private const string AreaNames =
        "inclusion|curriculum and teaching|achievement|attendance and behaviour|personal development and well-being|leadership and governance|early years|sixth form|post-16 provision|safeguarding";

    private const string Grades =
        "requires improvement(?: to be good)?|outstanding|good|inadequate|exceptional|strong standard|expected standard|needs attention|urgent improvement|not met|met";

    // The grade must follow the name within a few connecting words, so prose such as "overall effectiveness of the
    // partnership has improved and is good news" does not count.
    [GeneratedRegex(
        @"\b(?<name>" + Names + @")\b\s*(?:[:\-–—|]\s*|(?:is|was|has been|are|were|judged|rated|graded|to be|as)\s+){0,4}(?<grade>" + Grades + @")\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex GradedJudgement();

    [GeneratedRegex(@"(?<![\w-])(?<name>" + AreaNames + @")\s*[:\-–—|]\s*(?<grade>" + Grades + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeparatedJudgement();

    [GeneratedRegex("^(?:" + Names + "|" + AreaNames + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex AreaName();

    [GeneratedRegex(@"\bchildren's services in [\w' -]+? (?<grade>are outstanding|are good|require improvement to be good|are inadequate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SifOverall();

    [GeneratedRegex(@"\b(?:local area partnership's )?arrangements (?:typically )?lead to (?:positive|inconsistent) experiences and outcomes\b|\bwidespread and/or systemic failings\b", RegexOptions.IgnoreCase)]
    private static partial Regex SendOutcomeSentence();
}

using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>Finds inspectors' names: "Her Majesty's Inspectors for this visit were A and B", "A HMI", or a signature above "Her Majesty's Inspector".</summary>
internal static partial class InspectorRule
{
    private static readonly string[] NotNameWords = ["Majesty", "Majesty's", "Inspector", "Inspectors", "Ofsted", "Council", "Children's", "Services", "Director", "Yours", "Your", "Dear", "Regards", "The", "Lead"];

    public static IReadOnlyList<string> Find(IReadOnlyList<Block> blocks, int from, int to)
    {
        var names = new List<string>();
        for (var i = from; i <= to && i < blocks.Count; i++)
        {
            var text = blocks[i].Text.Trim();
            foreach (Match match in NamedInspectors().Matches(text))
            {
                foreach (var part in NameSeparators().Split(match.Groups["names"].Value))
                {
                    Add(names, part);
                }
            }

            foreach (Match match in InlineTitle().Matches(text))
            {
                Add(names, match.Groups["name"].Value);
            }

            if (IsInspectorTitle(text) && i > from)
            {
                Add(names, blocks[i - 1].Text);
            }
        }

        return names;
    }

    private static bool IsInspectorTitle(string text) =>
        TitleLine().IsMatch(BlockText.Normalise(text).Replace('’', '\''));

    private static void Add(List<string> names, string candidate)
    {
        var name = candidate.Trim().TrimEnd('.', ',', ';').Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4
            || words.Any(w => !char.IsUpper(w[0]) || w.Any(char.IsDigit) || NotNameWords.Contains(w, StringComparer.Ordinal))
            || names.Contains(name, StringComparer.Ordinal))
        {
            return;
        }

        names.Add(name);
    }

    [GeneratedRegex(@"(?:Her|His) Majesty['’]s Inspectors? (?:for|on|during) this (?:visit|inspection) (?:were|was)\s*:?\s*(?<names>[^.]+)|(?:Lead inspector|Inspectors?|Ofsted Inspectors?)\s*:\s*(?<names>[^.\n]+)")]
    private static partial Regex NamedInspectors();

    [GeneratedRegex(@"(?<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}),? (?:HMI|Her Majesty['’]s Inspector|His Majesty['’]s Inspector|Ofsted Inspector)\b(?!s)")]
    private static partial Regex InlineTitle();

    [GeneratedRegex(@"^(?:(?:senior|lead|regional)\s+)?(?:hmi|(?:her|his) majesty's inspector|ofsted inspector|lead inspector)$")]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"\s*(?:,|\band\b|&)\s*")]
    private static partial Regex NameSeparators();
}

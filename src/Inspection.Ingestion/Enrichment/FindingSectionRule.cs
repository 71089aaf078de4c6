using System.Text.RegularExpressions;
using Inspection.Content.Evidence;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// Turns the items under a findings heading ("What needs to improve", "Areas for priority action", "Recommendations" in a letter)
/// or after an introduction such as "the following areas of significant weakness:" into findings of the matching kind.
/// </summary>
internal static partial class FindingSectionRule
{
    private const int MaxItems = 20;

    // Cues that only an inspectorate uses, recognised anywhere; the generic ones count only inside a letter.
    private static readonly (string Cue, string Kind, bool AnywhereInDocument)[] HeadingCues =
    [
        ("what needs to improve", FindingKinds.AreaForImprovement, true),
        ("what does the school need to do to improve", FindingKinds.AreaForImprovement, true),
        ("next steps", FindingKinds.AreaForImprovement, false),
        ("priorities for improvement", FindingKinds.AreaForImprovement, false),
        ("priorities for further improvement", FindingKinds.AreaForImprovement, false),
        ("areas for further improvement", FindingKinds.AreaForImprovement, false),
        ("areas for further development", FindingKinds.AreaForImprovement, false),
        ("key recommendations", FindingKinds.Recommendation, false),
        ("areas for priority action", FindingKinds.AreaForPriorityAction, true),
        ("area for priority action", FindingKinds.AreaForPriorityAction, true),
        ("areas of significant weakness", FindingKinds.SignificantWeakness, true),
        ("areas for improvement", FindingKinds.AreaForImprovement, false),
        ("area for improvement", FindingKinds.AreaForImprovement, false),
        ("areas for development", FindingKinds.AreaForImprovement, false),
        ("recommendations", FindingKinds.Recommendation, false),
        ("strengths", FindingKinds.Strength, false),
        ("main strengths", FindingKinds.Strength, false),
    ];

    private static readonly (Regex Cue, string Kind)[] IntroductionCues =
    [
        (new Regex(@"\b(?:following|identified|these|the|its|\w+ key) (?:\w+ )?(?:areas? of significant weakness|significant weaknesses)\b", RegexOptions.CultureInvariant), FindingKinds.SignificantWeakness),
        (new Regex(@"\bfollowing (?:\w+ )?areas? for priority action\b", RegexOptions.CultureInvariant), FindingKinds.AreaForPriorityAction),
        (new Regex(@"\b(?:following|these|the|its|our|\w+ key) (?:\w+ )?areas? of concern\b", RegexOptions.CultureInvariant), FindingKinds.AreaOfConcern),
    ];

    public static IEnumerable<(string Kind, string Text, int Block)> Find(IReadOnlyList<Block> blocks, Func<int, bool> insideLetter)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var kind = SectionKind(blocks[i], insideLetter(i));
            if (kind is null)
            {
                continue;
            }

            foreach (var item in Items(blocks, i))
            {
                foreach (var part in Parts(blocks[item.Block], item.Text))
                {
                    yield return (kind, part, item.Block);
                }
            }
        }
    }

    private static string? SectionKind(Block block, bool insideLetter)
    {
        var text = BlockText.Normalise(BlockText.StripNumbering(block.Text));
        if (BlockText.IsHeadingLike(block) || (text.EndsWith('?') && BlockText.WordCount(text) <= 14))
        {
            var heading = text.TrimEnd('?', ':', '-', ' ');
            foreach (var (cue, kind, anywhere) in HeadingCues)
            {
                if (heading.StartsWith(cue, StringComparison.Ordinal) && (anywhere || insideLetter))
                {
                    return kind;
                }
            }

            return NeedsToDoToImprove().IsMatch(heading) || (insideLetter && NeedsToImprove().IsMatch(heading)) ? FindingKinds.AreaForImprovement : null;
        }

        var trimmed = text.TrimEnd('-', ' ');
        if (trimmed.EndsWith(':'))
        {
            foreach (var (cue, kind) in IntroductionCues)
            {
                if (cue.IsMatch(trimmed))
                {
                    return kind;
                }
            }
        }

        return null;
    }

    private static List<(string Text, int Block)> Items(IReadOnlyList<Block> blocks, int section)
    {
        var items = new List<(string Text, int Block)>();
        var sectionNumbered = BlockText.NumberingDepth(blocks[section].Text) > 0;
        var listMode = false;
        for (var i = section + 1; i < blocks.Count && items.Count < MaxItems; i++)
        {
            var block = blocks[i];
            var text = block.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var isItem = BlockText.IsListItem(block) || (BlockText.NumberingDepth(text) == 1 && BlockText.WordCount(text) > 6);

            // A list item broken by a page turn continues in lower case.
            if (items.Count > 0 && !isItem && char.IsLower(text[0]) && !BlockText.EndsSentence(items[^1].Text))
            {
                items[^1] = (items[^1].Text + " " + text, items[^1].Block);
                continue;
            }

            if (BlockText.IsHeadingLike(block) || (sectionNumbered && BlockText.NumberingDepth(BlockText.StripBullet(text)) >= 2))
            {
                break;
            }

            // A letter's closing lines ("Ofsted will carry out a further monitoring visit.", "Yours sincerely") end its last section.
            if (ClosingLine().IsMatch(text))
            {
                break;
            }

            if (isItem)
            {
                listMode = true;
            }
            else if (listMode || items.Count >= 6)
            {
                break;
            }

            items.Add((Clean(text), i));
        }

        return items;
    }

    // Items run together into one paragraph (their bullets were drawn, not written) are still told apart by their semicolons;
    // such a list continues its introduction's sentence, so it starts in lower case, which a finding stated in full does not.
    private static IEnumerable<string> Parts(Block block, string text)
    {
        var parts = text.Split("; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return block.Kind == BlockKind.Paragraph && char.IsLower(text[0]) && parts.Length >= 2 && parts.All(p => BlockText.WordCount(p) >= 3)
            ? parts.Select(p => Clean(p))
            : [text];
    }

    /// <summary>An item's text without its numbering and the "; and" that joins it to the next.</summary>
    internal static string Clean(string text)
    {
        var item = BlockText.StripNumbering(text).Trim();
        if (AreaLabel().Match(item) is { Success: true } label)
        {
            item = item[label.Length..];
        }

        if (item.EndsWith("; and", StringComparison.Ordinal))
        {
            item = item[..^5];
        }
        else if (item.EndsWith(" and", StringComparison.Ordinal) && item.Length > 4 && item[^5] == ';')
        {
            item = item[..^4];
        }

        return item.TrimEnd(';', ',', ' ');
    }

    // Each framework names who is to improve: "What the school needs to do to improve", "What does the local authority need
    // to do to improve?", "What the provider should do to improve". Only an inspectorate writes it, so it counts anywhere.
    [GeneratedRegex(@"^what (?:does |do )?(?:the |this )?[\w' ,-]{2,60}? (?:needs? to|should|must) do (?:next )?to (?:improve|get better)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NeedsToDoToImprove();

    // "What the school needs to improve": the shorter form, which a council's own paper may also use of itself ("What we need to
    // improve"), so it counts only in an inspectorate's letter or report.
    [GeneratedRegex(@"^what (?:the |this )?[\w' ,-]{2,60}? (?:needs? to|should|must) improve\b", RegexOptions.CultureInvariant)]
    private static partial Regex NeedsToImprove();

    // "Area 1: the timeliness of plans": a plan's label for the area, not part of what inspectors said.
    [GeneratedRegex(@"^area (?:of (?:concern|significant weakness) )?\d{1,2}\s*[:.\-–—]\s+(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AreaLabel();

    [GeneratedRegex(@"^(?:(?:Ofsted|His Majesty's Chief Inspector|Her Majesty's Chief Inspector|Inspectors|The inspectorates?) will (?:carry out|continue|take|return|make|publish|monitor)\b|Yours (?:sincerely|faithfully)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingLine();
}

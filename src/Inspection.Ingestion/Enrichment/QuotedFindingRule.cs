using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// Finds what inspectors found as another document reports it: a sentence that opens by naming them ("Inspectors noted that
/// ...", "Ofsted found that ...", "Inspectors also said that ...", or "They found that ..." straight after a sentence naming
/// the inspectors, "According to the inspectors, ...", or "The letter also records that ..." a few paragraphs after the
/// inspectors are named and with no other sender in view), or the items of a list introduced so ("The inspectors noted the
/// following improvements:", "Ofsted's letter asked us to improve two things:"). Text inside an Ofsted letter is the letter's own finding, not a quotation, and
/// is left to the other rules.
/// </summary>
internal static partial class QuotedFindingRule
{
    private const int MinWords = 6;
    private const int MaxItems = 12;
    private const int LetterReach = 3;
    private const int HeadingWords = 12;

    public static IEnumerable<(string Text, int Block)> Find(IReadOnlyList<Block> blocks, Func<int, bool> insideLetter)
    {
        // Whether the last sentence read named the inspectors, so that a "They found that ..." after it quotes them too.
        var inspectorsLast = false;

        // The last block that named the inspectors: "the letter" a few paragraphs on is still theirs.
        var lastNamed = -LetterReach - 1;
        for (var i = 0; i < blocks.Count; i++)
        {
            // Headings are not paragraphs: "a few paragraphs on" counts the text between, not the headings over it.
            if (blocks[i].Kind == BlockKind.Heading)
            {
                lastNamed++;
            }

            var text = blocks[i].Text;
            var namesThem = text.Contains("nspector", StringComparison.OrdinalIgnoreCase) || text.Contains("ofsted", StringComparison.OrdinalIgnoreCase)
                || text.Contains("CQC", StringComparison.Ordinal);
            var carried = inspectorsLast;
            var letterNear = i - lastNamed <= LetterReach && text.Contains("letter", StringComparison.OrdinalIgnoreCase);
            lastNamed = namesThem ? i : lastNamed;
            inspectorsLast = false;

            // A heading may introduce the list as a sentence would ("What inspectors said needs to improve" over a slide's
            // bullets): its items are the inspectors' words too.
            if (blocks[i].Kind == BlockKind.Heading && namesThem && !insideLetter(i) && BlockText.WordCount(text) <= HeadingWords
                && ListIntroduction().IsMatch(BlockText.StripNumbering(text).Trim()))
            {
                foreach (var item in Items(blocks, i))
                {
                    yield return item;
                }

                continue;
            }

            if (!(namesThem || letterNear || (carried && text.Contains("They", StringComparison.Ordinal))) || insideLetter(i) || blocks[i].Kind == BlockKind.Heading)
            {
                continue;
            }

            var body = BlockText.StripNumbering(text).Trim();
            if (body.EndsWith(':') && ListIntroduction().IsMatch(body))
            {
                foreach (var item in Items(blocks, i))
                {
                    yield return item;
                }

                continue;
            }

            var sentences = SentenceEnd().Split(body);
            for (var s = 0; s < sentences.Length; s++)
            {
                var trimmed = sentences[s].Trim();
                var previousNamed = s > 0 ? NamesInspectors().IsMatch(sentences[s - 1]) : carried;
                var opening = Opening().Match(trimmed);
                if (!opening.Success && previousNamed)
                {
                    opening = TheyOpening().Match(trimmed);
                }

                // "According to the inspectors, ...", or the letter as subject ("The letter also records that ...") where the
                // paragraph does not name another sender (a letter from the DfE is not the inspectors').
                if (!opening.Success)
                {
                    opening = AccordingTo().Match(trimmed);
                }

                if (!opening.Success && !OtherSender().IsMatch(body))
                {
                    opening = LetterOpening().Match(trimmed);
                }

                // "Ofsted and the CQC identified eight areas of weakness": a count of findings listed elsewhere, not one of them.
                if (opening.Success && BlockText.WordCount(trimmed[opening.Length..]) >= MinWords && !Counted().IsMatch(trimmed[opening.Length..]))
                {
                    if (!IntroducesList(trimmed))
                    {
                        yield return (trimmed, i);
                    }
                    else if (s == sentences.Length - 1)
                    {
                        // "They found ... improvements required in:-" and a list: the sentence and each item are findings.
                        yield return (trimmed.TrimEnd('-', ':', ' '), i);
                        foreach (var item in Items(blocks, i))
                        {
                            yield return item;
                        }
                    }
                }
            }

            inspectorsLast = sentences.Length > 0 && NamesInspectors().IsMatch(sentences[^1]);
        }
    }

    /// <summary>Whether the text opens by saying that the inspectors or their letter found it ("Inspectors noted that ...",
    /// "The letter records that ..."): a report quoting them, whatever heading it stands under.</summary>
    public static bool OpensAsQuotation(string text)
    {
        var trimmed = BlockText.StripNumbering(text).Trim();
        return Opening().IsMatch(trimmed) || AccordingTo().IsMatch(trimmed) || LetterOpening().IsMatch(trimmed);
    }

    private static bool IntroducesList(string sentence) => sentence.TrimEnd('-', ' ').EndsWith(':');

    // The items after the introduction, up to the next numbered paragraph, heading or prose.
    private static IEnumerable<(string Text, int Block)> Items(IReadOnlyList<Block> blocks, int introduction)
    {
        var numbered = BlockText.NumberingDepth(blocks[introduction].Text) > 0;
        for (var i = introduction + 1; i < blocks.Count && i <= introduction + MaxItems; i++)
        {
            var block = blocks[i];
            // A paragraph numbered "8.5" ends the list even when its introduction lost its own number over a page break.
            var depth = BlockText.NumberingDepth(BlockText.StripBullet(block.Text));
            if (!BlockText.IsListItem(block) || (numbered && depth > 0) || depth > 1)
            {
                yield break;
            }

            // An item opening in lower case after one that ended a sentence is text that followed the list, not an item of it.
            var item = FindingSectionRule.Clean(BlockText.StripBullet(block.Text));
            if (i > introduction + 1 && item.Length > 0 && char.IsLower(item[0]) && BlockText.EndsSentence(blocks[i - 1].Text) && !blocks[i - 1].Text.TrimEnd().EndsWith(';'))
            {
                yield break;
            }

            if (BlockText.WordCount(item) >= 3)
            {
                yield return (item, i);
            }
        }
    }

    [GeneratedRegex(@"^(?:(?:in (?:its|their|the) (?:letter|report),?|at (?:the|that) visit,?|however,|also,)\s+)?(?:the\s+)?(?:inspectors?|ofsted(?:['’]s inspectors)?|ofsted and (?:the )?(?:cqc|care quality commission)|(?:his|her) majesty['’]s inspectors?)\s+(?:also\s+|further\s+)?(?:noted|found|said|reported|observed|identified|highlighted|recognised|recognized|commented|concluded|praised|saw)\b(?:\s+that\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    // "They" quotes the inspectors only straight after a sentence that names them ("Ofsted and the CQC returned ... They found").
    [GeneratedRegex(@"^they\s+(?:also\s+|further\s+)?(?:noted|found|said|reported|observed|identified|highlighted|recognised|recognized|commented|concluded|praised|saw)\b(?:\s+that\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheyOpening();

    [GeneratedRegex(@"^according to (?:the )?(?:inspectors?|ofsted|(?:his|her) majesty['’]s inspectors?|(?:the |ofsted['’]s |their )?(?:inspection |inspectors['’] |monitoring visit |focused visit )?(?:letter|report)),\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"^(?:(?:the|their|ofsted['’]s|the inspectors['’]) (?:(?:inspection|monitoring visit|focused visit) )?letter|(?:their|ofsted['’]s|the inspectors['’]|the inspection|the monitoring visit|the focused visit) report) (?:also |further )?(?:records|recorded|states|stated|notes|noted|says|said|reports|reported|found|finds|observes|observed|highlights|highlighted|identifies|identified|recognises|recognised|confirms|confirmed|describes|described)\s+that\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LetterOpening();

    [GeneratedRegex(@"\b(?:DfE|Department for Education|Secretary of State|minister|commissioner)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OtherSender();

    [GeneratedRegex(@"^\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:\w+\s+){0,2}(?:areas?|weakness(?:es)?|strengths?|recommendations?|concerns?|priorities)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Counted();

    [GeneratedRegex(@"\b(?:inspectors?|ofsted|cqc|care quality commission|hmi)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamesInspectors();

    [GeneratedRegex(@"\b(?:inspectors?|ofsted(?:['’]s| s)?(?: letter| report)?|the (?:letter|report))\b.*\b(?:noted|found|said|reported|identified|highlighted|recognised|recognized|asked (?:us|the council|the local authority|the partnership|leaders) to improve|recommended|should improve|needs? to improve)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListIntroduction();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z“""'])")]
    private static partial Regex SentenceEnd();
}

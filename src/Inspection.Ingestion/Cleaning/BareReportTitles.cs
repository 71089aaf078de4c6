using System.Text.RegularExpressions;
using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Cleaning;

/// <summary>
/// A report in a pack that opens with nothing but its title: a line at the top of a page after the first, scored on what
/// a reader goes by (set as a heading, named in the pack's list of business, followed by a report's sections such as
/// "Purpose of the report", "Recommendations", "Background" or "Report of:"), so that one weak sign alone does not start a
/// report while two together do.
/// </summary>
internal static partial class BareReportTitles
{
    private const int TopReach = 2;
    private const int SectionReach = 10;
    private const int FirstSectionReach = 3;
    private const int MaxTitleWords = 25;
    private const int MinNamedWords = 3;
    private const int BusinessPages = 2;

    private const int HeadingScore = 2;
    private const int SectionScore = 2;
    private const int MoreSectionsScore = 1;
    private const int NamedScore = 3;
    private const int Threshold = 5;

    /// <summary>The pack's list of business on its first two pages: numbered lines and list items, lower case without their numbers.</summary>
    public static List<string> Business(IReadOnlyList<Block> blocks)
    {
        var names = new List<string>();
        foreach (var block in blocks.TakeWhile(b => b.Page <= blocks[0].Page + BusinessPages - 1))
        {
            if (block.Kind == BlockKind.ListItem || BlockText.NumberingDepth(block.Text) == 1)
            {
                var name = Key(BlockText.StripNumbering(block.Text));
                if (BlockText.WordCount(name) >= MinNamedWords)
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    public static ReportCovers.Start? Find(IReadOnlyList<Block> blocks, List<int> page, List<string> business)
    {
        // The first page is the pack's own front sheet (or a lone report's title), never a report inside a pack.
        if (page.Count == 0 || page[0] == 0 || blocks[page[0]].Page == blocks[0].Page)
        {
            return null;
        }

        foreach (var i in page.Take(TopReach))
        {
            var block = blocks[i];
            var text = block.Text.Trim();
            if (!Candidate(block, text))
            {
                continue;
            }

            // A title set over two lines comes as two headings of the same level.
            var end = i;
            if (block.Kind == BlockKind.Heading && i + 1 <= page[^1] && blocks[i + 1].Kind == BlockKind.Heading
                && blocks[i + 1].HeadingLevel == block.HeadingLevel && !BlockText.EndsSentence(text) && !Section(blocks[i + 1].Text)
                && BlockText.WordCount(text) + BlockText.WordCount(blocks[i + 1].Text) <= MaxTitleWords)
            {
                end = i + 1;
                text += " " + blocks[i + 1].Text.Trim();
            }

            var score = block.Kind == BlockKind.Heading ? HeadingScore : 0;
            // A report opens with its sections: the first comes straight under the title, and they are unnumbered or numbered
            // from 1 ("4. Reasons for recommendation" is further into some report, not the start of one).
            var after = Enumerable.Range(end + 1, Math.Max(0, Math.Min(page[^1], end + SectionReach) - end)).Where(j => OpeningSection(blocks[j].Text)).ToList();
            var sections = after.Count > 0 && after[0] <= end + FirstSectionReach ? after.Count : 0;
            score += sections > 0 ? SectionScore : 0;
            score += sections > 1 ? MoreSectionsScore : 0;
            var key = Key(text);
            score += business.Any(b => b == key || (BlockText.WordCount(key) >= MinNamedWords && b.StartsWith(key, StringComparison.Ordinal))) ? NamedScore : 0;
            if (score >= Threshold)
            {
                return new ReportCovers.Start(i, i, text.TrimEnd('.'), end);
            }

            // Only the first line that could be a title is weighed: a later one is inside the report.
            return null;
        }

        return null;
    }

    private static bool Candidate(Block block, string text) =>
        block.Kind is BlockKind.Heading or BlockKind.Paragraph
        && BlockText.WordCount(text) is >= 2 and <= MaxTitleWords
        && BlockText.NumberingDepth(text) == 0
        && !BlockText.EndsSentence(text)
        && char.IsUpper(text[0])
        && !UkDates.IsDateOnly(text, out _)
        && !Section(text)
        && !text.StartsWith("Appendix", StringComparison.OrdinalIgnoreCase);

    private static bool Section(string text) => ReportSection().IsMatch(BlockText.StripNumbering(text.Trim()));

    private static bool OpeningSection(string text) =>
        Section(text) && (BlockText.NumberingDepth(text) == 0 || BlockText.StripBullet(text).StartsWith('1'));

    private static string Key(string text) => PageReference().Replace(BlockText.Normalise(text), "").TrimEnd('.', ' ');

    [GeneratedRegex(@"^(?:executive summary|summary|purpose(?: of (?:the|this) report)?|recommendations?|background(?! papers)|introduction|reasons? for (?:the )?(?:recommendations?|decision)|decisions? (?:required|sought)|report (?:of|author|from)\b|(?:lead|cabinet|portfolio) (?:member|holder)\b|wards? (?:and communities )?affected|key decision|financial implications|options considered)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportSection();

    // "... 5 - 7" or "... page 12" after an item in the list of business.
    [GeneratedRegex(@"\s+(?:pages?\s+)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PageReference();
}

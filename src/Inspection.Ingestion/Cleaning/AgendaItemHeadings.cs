using System.Text.RegularExpressions;
using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Cleaning;

/// <summary>
/// In an agenda pack, each report starts a heading path of its own: where a report opens with its item line ("ITEM: 6",
/// "12 October 2021 | ITEM: 6", "Agenda Item 4"), the report's title after it becomes a top-level heading and the
/// pack's other headings sit under their report, so a report's "1. Recommendations" is not taken for the previous report's.
/// A report opened by a cover sheet or a "Report to ..." line instead starts the same way (see <see cref="ReportCovers"/>),
/// and the pack's numbered list of business is a list, not a run of empty sections.
/// </summary>
/// <remarks>The committee's name often shares the title's line ("... Scrutiny Committee Report from the Partnership"): it is split off.</remarks>
public sealed partial class AgendaItemHeadings : IBlockCleaner
{
    private const int MaxItemLineWords = 10;
    private const int TitleReach = 4;
    private const int MaxTitleWords = 30;

    public IReadOnlyList<Block> Clean(IReadOnlyList<Block> blocks, int pageCount)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var covers = ReportCovers.Find(blocks, IsItemLine);
        if (covers.Count == 0 && !blocks.Any(IsItemLine))
        {
            return blocks;
        }

        // Every other heading of the pack moves one level down, those before the first report too: a report's title must
        // close a numbered heading of the minutes before it, which a heading of the same level would not.
        var business = BusinessList(blocks);
        var result = new List<Block>(blocks.Count + 4);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (covers.TryGetValue(i, out var cover))
            {
                if (cover.TitleIndex is { } titleIndex)
                {
                    // As with an item line, the opener line and a date under it are heading matter; the heading is the title.
                    for (var j = i; j < titleIndex; j++)
                    {
                        result.Add(AsText(blocks[j]));
                    }

                    result.Add(new Block(cover.Title, BlockKind.Heading, blocks[titleIndex].Page, 1));
                    i = cover.TitleEnd ?? titleIndex;
                    continue;
                }

                // A cover sheet's fields (meeting, date, author) describe the report: its title goes above them.
                result.Add(new Block(cover.Title, BlockKind.Heading, block.Page, 1));
            }

            if (IsItemLine(block) && TitleAfter(blocks, i) is { } title)
            {
                for (var j = i; j < title.Index; j++)
                {
                    result.Add(AsText(blocks[j]));
                }

                if (title.Committee is not null)
                {
                    result.Add(new Block(title.Committee, BlockKind.Paragraph, blocks[title.Index].Page));
                }

                result.Add(new Block(title.Text, BlockKind.Heading, blocks[title.Index].Page, 1));
                i = title.Index;
                continue;
            }

            result.Add(business.Contains(i) ? block with { Kind = BlockKind.ListItem, HeadingLevel = 0 }
                : block.Kind == BlockKind.Heading ? block with { HeadingLevel = Math.Min(6, Math.Max(2, block.HeadingLevel + 1)) }
                : block);
        }

        return result;
    }

    // The pack's list of business ("1. Apologies", "2. Minutes ...", "3. Fostering ..."): numbered lines set like headings
    // one after another with nothing under them are a list, not sections; the reports they name start further on.
    private static HashSet<int> BusinessList(IReadOnlyList<Block> blocks)
    {
        var items = new HashSet<int>();
        var run = new List<int>();
        for (var i = 0; i <= blocks.Count; i++)
        {
            var item = i < blocks.Count && blocks[i].Kind == BlockKind.Heading && ItemNumber().IsMatch(blocks[i].Text);
            if (item && (run.Count == 0 || (run[^1] == i - 1 && blocks[i].Page == blocks[i - 1].Page && Number(blocks[i - 1]) + 1 == Number(blocks[i]))))
            {
                run.Add(i);
                continue;
            }

            if (run.Count >= 3)
            {
                items.UnionWith(run);
            }

            run.Clear();
            if (item)
            {
                run.Add(i);
            }
        }

        return items;
    }

    private static int Number(Block block) => int.Parse(ItemNumber().Match(block.Text).Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsItemLine(Block block) =>
        block.Kind != BlockKind.ListItem
        && BlockText.WordCount(block.Text) <= MaxItemLineWords
        && ItemLine().IsMatch(block.Text);

    // Lines between the item line and the title (the date, the committee) are the report's heading matter, not headings.
    private static Block AsText(Block block) =>
        block.Kind == BlockKind.Heading ? block with { Kind = BlockKind.Paragraph, HeadingLevel = 0 } : block;

    private static (int Index, string Text, string? Committee)? TitleAfter(IReadOnlyList<Block> blocks, int item)
    {
        for (var i = item + 1; i < blocks.Count && i <= item + TitleReach; i++)
        {
            var text = blocks[i].Text.Trim();
            if (text.Length == 0 || UkDates.IsDateOnly(text, out _) || IsItemLine(blocks[i]))
            {
                continue;
            }

            if (CommitteeThenTitle().Match(text) is { Success: true } glued && BlockText.WordCount(glued.Groups["title"].Value) >= 2)
            {
                return (i, Title(glued.Groups["title"].Value), glued.Groups["committee"].Value.Trim());
            }

            // "Children and Families Scrutiny Committee" or "..., 3 February 2026": the meeting, not the report.
            if (MeetingLine().IsMatch(text) || (UkDates.Find(text).Count > 0 && MeetingName().IsMatch(text)))
            {
                continue;
            }

            // A labelled line ("Report of: ...", "Wards affected: All") ends the heading matter, unless it is set as a heading
            // itself (a title such as "Fostering: annual update").
            if ((blocks[i].Kind != BlockKind.Heading && Labelled().IsMatch(text)) || blocks[i].Kind is BlockKind.TableRow or BlockKind.ListItem)
            {
                return null;
            }

            return BlockText.WordCount(text) <= MaxTitleWords ? (i, Title(text), null) : null;
        }

        return null;
    }

    private static string Title(string text) => text.Trim().TrimEnd('.');

    [GeneratedRegex(@"^(?<n>\d{1,2})\.?\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex ItemNumber();

    [GeneratedRegex(@"^(?:(?:\d{1,2}\s+\w+\s+\d{4}\s*\|?\s*)?ITEM:?\s*\d{1,3}[A-Za-z]?|(?i:agenda item):?\s*\d{1,3}[A-Za-z]?(?:\.\d{1,2})?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemLine();

    [GeneratedRegex(@"^(?:the\s+)?[\w'’&,\- ]{0,80}?\b(?:committee|cabinet|board|panel|council|forum)(?:\s+meeting)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingLine();

    [GeneratedRegex(@"\b(?:committee|cabinet|board|panel|council|forum)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingName();

    [GeneratedRegex(@"^[\w ()/]{2,40}:\s", RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^(?<committee>[\w'’&,\- ]{4,80}?\b(?:Committee|Cabinet|Board|Panel|Forum))\s+(?<title>[\p{Lu}\d].*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex CommitteeThenTitle();
}

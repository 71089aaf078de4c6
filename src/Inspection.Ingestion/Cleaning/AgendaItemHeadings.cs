using System.Text.RegularExpressions;
using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Cleaning;

/// <summary>
/// In an agenda pack, each report starts a heading path of its own: where a report opens with its item line ("ITEM: 6",
/// "12 October 2021 | ITEM: 6", "Agenda Item 4"), the report's title after it becomes a top-level heading and the
/// pack's other headings sit under their report, so a report's "1. Recommendations" is not taken for the previous report's.
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
        if (!blocks.Any(IsItemLine))
        {
            return blocks;
        }

        // Every other heading of the pack moves one level down, those before the first report too: a report's title must
        // close a numbered heading of the minutes before it, which a heading of the same level would not.
        var result = new List<Block>(blocks.Count + 4);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
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

            result.Add(block.Kind == BlockKind.Heading
                ? block with { HeadingLevel = Math.Min(6, Math.Max(2, block.HeadingLevel + 1)) }
                : block);
        }

        return result;
    }

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

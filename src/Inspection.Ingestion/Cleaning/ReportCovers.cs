using System.Text.RegularExpressions;
using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Cleaning;

/// <summary>
/// Where a report in a pack opens without an item line: a cover sheet giving its title in a field ("Subject | ...",
/// "Title of report: ..."), a "Report to the panel" line over a heading, or a bare title (<see cref="BareReportTitles"/>).
/// Each stands near the top of its page.
/// </summary>
internal static partial class ReportCovers
{
    // How many blocks from the top of its page a cover may start (a running header or logo line may come first).
    private const int CoverReach = 8;
    private const int OpenerReach = 3;
    private const int TitleReach = 3;
    private const int MaxTitleWords = 30;

    /// <summary>A report's start: where its heading goes (<see cref="At"/>), and the heading block it replaces, if any.</summary>
    /// <remarks><see cref="TitleEnd"/> is the title's last block when it was set over two lines.</remarks>
    public sealed record Start(int At, int? TitleIndex, string Title, int? TitleEnd = null);

    public static Dictionary<int, Start> Find(IReadOnlyList<Block> blocks, Func<Block, bool> isItemLine)
    {
        var starts = new Dictionary<int, Start>();
        var business = BareReportTitles.Business(blocks);
        var pageStart = 0;
        for (var i = 0; i <= blocks.Count; i++)
        {
            if (i < blocks.Count && blocks[i].Page == blocks[pageStart].Page)
            {
                continue;
            }

            // A page opened by an item line is read by the item line; a page shows one report's start at most.
            var page = Enumerable.Range(pageStart, i - pageStart).ToList();
            if (!page.Any(j => isItemLine(blocks[j])) && (FieldTitle(blocks, page) ?? Opener(blocks, page) ?? BareReportTitles.Find(blocks, page, business)) is { } start)
            {
                starts[start.At] = start;
            }

            pageStart = i;
        }

        return starts;
    }

    // "Subject | Placement sufficiency" in a cover table, or "Title of report: ..." on a line: the heading goes before the
    // cover, so its other fields (meeting, date, author) sit under the report they describe.
    private static Start? FieldTitle(IReadOnlyList<Block> blocks, List<int> page)
    {
        foreach (var i in page.Take(CoverReach))
        {
            var block = blocks[i];
            string? title = null;
            if (block.Kind == BlockKind.TableRow && ActionTableRule.Cells(block.Text) is { Count: 2 } cells && TitleLabel().IsMatch(cells[0].TrimEnd(':')))
            {
                title = cells[1];
            }
            else if (block.Kind != BlockKind.TableRow && TitleField().Match(block.Text) is { Success: true } field)
            {
                title = field.Groups["title"].Value;
            }

            if (title is null || BlockText.WordCount(title) is 0 or > MaxTitleWords)
            {
                continue;
            }

            var at = i;
            while (at > page[0] && blocks[at - 1].Kind == BlockKind.TableRow)
            {
                at--;
            }

            return new Start(at, null, title.Trim().TrimEnd('.'));
        }

        return null;
    }

    // "Report to the Corporate Parenting Panel" or "REPORT TO CABINET", then (past a date or the meeting's name) a heading.
    private static Start? Opener(IReadOnlyList<Block> blocks, List<int> page)
    {
        foreach (var i in page.Take(OpenerReach))
        {
            if (!ReportTo().IsMatch(blocks[i].Text) || BlockText.WordCount(blocks[i].Text) > 12)
            {
                continue;
            }

            for (var j = i + 1; j <= page[^1] && j <= i + TitleReach; j++)
            {
                var text = blocks[j].Text.Trim();
                if (UkDates.IsDateOnly(text, out _))
                {
                    continue;
                }

                return blocks[j].Kind == BlockKind.Heading && BlockText.WordCount(text) <= MaxTitleWords ? new Start(i, j, text.TrimEnd('.')) : null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:subject|title|report title|title of (?:the )?report|report subject|subject of (?:the )?report|name of report)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleLabel();

    [GeneratedRegex(@"^(?:report title|title of (?:the )?report|report subject|subject of (?:the )?report|subject):\s+(?<title>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex TitleField();

    [GeneratedRegex(@"^report (?:of [\w ,'’]{2,60} )?to(?: the)?\s+[\w'’&, ]{3,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportTo();
}

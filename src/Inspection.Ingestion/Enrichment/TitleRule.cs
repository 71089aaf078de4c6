using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// The document's own title: the first heading near the top of its first page that is not a logo, an inspectorate's name,
/// the authority, a committee or meeting, a date or a salutation, joined with the heading lines that continue it; else the
/// title the file declares, which producers often fill with a file name or a web page's tab title.
/// </summary>
internal static partial class TitleRule
{
    private const int TopBlocks = 25;
    private const int MaxTitleWords = 40;

    public static string? Find(ExtractedDocument document)
    {
        var blocks = document.Blocks;
        var firstPage = blocks.Count > 0 ? blocks[0].Page : 1;
        var passedOver = 0;
        for (var i = 0; i < Math.Min(blocks.Count, TopBlocks) && blocks[i].Page == firstPage; i++)
        {
            // A title set in a large font over several lines can come out as a paragraph: it stands right under the logo
            // or the authority's name and has no full stop.
            var unpunctuatedUnderHeadings = blocks[i].Kind == BlockKind.Paragraph && passedOver > 0 && passedOver == i
                && !BlockText.EndsSentence(blocks[i].Text) && !blocks[i].Text.TrimEnd().EndsWith('?');
            if ((blocks[i].Kind != BlockKind.Heading && !unpunctuatedUnderHeadings) || IsNotATitle(blocks[i].Text))
            {
                passedOver += blocks[i].Kind == BlockKind.Heading ? 1 : 0;
                continue;
            }

            var title = Flat(blocks[i].Text);
            for (var j = i + 1; j < blocks.Count && Continues(blocks[i], blocks[j], title); j++)
            {
                title += " " + Flat(blocks[j].Text);
            }

            if (BlockText.WordCount(title) <= MaxTitleWords)
            {
                return title;
            }
        }

        var declared = document.Title?.Trim();
        return string.IsNullOrEmpty(declared) ? blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading && b.Text.Length is > 3 and < 200)?.Text.Trim() : declared;
    }

    // A title set over several lines comes out as consecutive headings of one level: "Inspection of Ashcombe County
    // Council" + "children's services", or "...care leavers" + "and" + "Review of the effectiveness...".
    private static bool Continues(Block first, Block next, string title) =>
        next.Kind == BlockKind.Heading
        && next.Page == first.Page
        && next.HeadingLevel == first.HeadingLevel
        && BlockText.NumberingDepth(next.Text) == 0
        && !NotATitle().IsMatch(BlockText.Normalise(next.Text))
        && (char.IsLower(next.Text.TrimStart()[0]) || title.EndsWith(" and", StringComparison.Ordinal) || Flat(next.Text) == "and" || IsJoinedLine(title));

    // The previous line ran to its end without a full stop: in a title that means the next heading line goes on with it.
    private static bool IsJoinedLine(string title) => !title.EndsWith('.') && BlockText.WordCount(title) >= 6;

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool IsNotATitle(string text)
    {
        var normalised = BlockText.Normalise(text);
        return BlockText.WordCount(normalised) < 3
            || NotATitle().IsMatch(normalised)
            || UkDates.IsDateOnly(text, out _)
            || UkDates.Find(text) is [{ Index: 0 }, ..]
            || normalised.Contains("dear ", StringComparison.Ordinal)
            || (BlockText.WordCount(normalised) <= 6 && CouncilName().IsMatch(normalised));
    }

    // Logos and inspectorates, committees and meetings, salutations, agenda labels, report furniture.
    [GeneratedRegex(@"^(?:ofsted$|care quality commission|hmicfrs|hm inspectorate|his majesty's|her majesty's|dear |yours |agenda|minutes|contents|summary|introduction|part [0-9ivx]+\b|appendix|item\b|official|public\b|exempt\b)|^(?:the )?(?:cabinet|council|full council|[\w' ,&-]{0,60} (?:committee|panel|board|sub-committee|forum))$|^ofsted\b.*\b(?:commission|inspectorate|probation|hmicfrs)\b")]
    private static partial Regex NotATitle();

    [GeneratedRegex(@"^(?!.* of (?!\w+ council$))(?:(?:london|royal) borough of [\w' -]+|[\w' -]+ (?:metropolitan borough |borough |county |city |district )?council|[\w' -]+ integrated care board)$")]
    private static partial Regex CouncilName();
}

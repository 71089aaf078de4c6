using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// Finds Ofsted letters in a document, alone or inside an agenda pack: a salutation or "This letter summarises"
/// with Ofsted or an inspector near it, from the letterhead above it to the inspector's signature below it.
/// A published report ("Inspection dates: ...") counts as a letter that runs to the end of the document.
/// </summary>
internal static class OfstedLetterLocator
{
    private const int LetterheadReach = 30;
    private const int IntroReach = 12;

    public static IReadOnlyList<EmbeddedLetter> Locate(IReadOnlyList<Block> blocks)
    {
        var letters = new List<EmbeddedLetter>();
        var i = 0;
        while (i < blocks.Count)
        {
            if (!IsAnchor(blocks[i]) || !MentionsOfsted(blocks, i))
            {
                i++;
                continue;
            }

            var start = LetterStart(blocks, i, letters.Count > 0 ? letters[^1].LastBlock + 1 : 0);
            var end = LetterEnd(blocks, i);
            letters.Add(Describe(blocks, start, i, end));
            i = end + 1;
        }

        return letters;
    }

    private static bool IsAnchor(Block block)
    {
        var text = BlockText.Normalise(block.Text);
        return (text.StartsWith("dear ", StringComparison.Ordinal) && BlockText.WordCount(text) <= 6)
            || text.StartsWith("this letter summarises", StringComparison.Ordinal)
            || text.StartsWith("inspection date", StringComparison.Ordinal);
    }

    private static bool MentionsOfsted(IReadOnlyList<Block> blocks, int anchor)
    {
        for (var i = Math.Max(0, anchor - LetterheadReach); i < Math.Min(blocks.Count, anchor + IntroReach); i++)
        {
            var text = BlockText.Normalise(blocks[i].Text);
            if (text.Contains("ofsted", StringComparison.Ordinal) || text.Contains("majesty's inspector", StringComparison.Ordinal) || text.StartsWith("lead inspector", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The letterhead is the run of short unpunctuated blocks (address, dateline, addressee) just above the salutation;
    // the letter starts at the "Ofsted" line of that run when there is one, else at its dateline.
    private static int LetterStart(IReadOnlyList<Block> blocks, int anchor, int floor)
    {
        var runStart = anchor;
        while (runStart - 1 >= Math.Max(floor, anchor - LetterheadReach)
            && BlockText.WordCount(blocks[runStart - 1].Text) <= 30
            && !BlockText.EndsSentence(blocks[runStart - 1].Text)
            && !BlockText.Normalise(blocks[runStart - 1].Text).Contains("intentionally", StringComparison.Ordinal))
        {
            runStart--;
        }

        int? dateline = null;
        for (var i = runStart; i < anchor; i++)
        {
            var text = BlockText.Normalise(blocks[i].Text);
            if (text == "ofsted" || text.StartsWith("ofsted ", StringComparison.Ordinal) || text.Contains("ofsted.gov.uk", StringComparison.Ordinal) || text.Contains("gov.uk/ofsted", StringComparison.Ordinal))
            {
                return i;
            }

            if (dateline is null && UkDates.IsDateOnly(blocks[i].Text, out _))
            {
                dateline = i;
            }
        }

        // A report has no dateline or salutation: its title block opens it.
        var isReport = BlockText.Normalise(blocks[anchor].Text).StartsWith("inspection date", StringComparison.Ordinal);
        return dateline ?? (isReport ? runStart : anchor);
    }

    // The letter ends at the signature: "Yours sincerely", a name, then the inspector's title.
    private static int LetterEnd(IReadOnlyList<Block> blocks, int anchor)
    {
        for (var i = anchor + 1; i < blocks.Count; i++)
        {
            var text = BlockText.Normalise(blocks[i].Text);
            if (IsAnchor(blocks[i]) && text.StartsWith("dear ", StringComparison.Ordinal))
            {
                return i - 1;
            }

            if (!text.StartsWith("yours ", StringComparison.Ordinal) && !text.StartsWith("your sincerely", StringComparison.Ordinal))
            {
                continue;
            }

            var last = Math.Min(i + 2, blocks.Count - 1);
            for (var j = i + 1; j <= Math.Min(i + 5, blocks.Count - 1); j++)
            {
                var line = BlockText.Normalise(blocks[j].Text);
                if (line.Contains("inspector", StringComparison.Ordinal) || line == "hmi")
                {
                    return j;
                }
            }

            return last;
        }

        return blocks.Count - 1;
    }

    private static EmbeddedLetter Describe(IReadOnlyList<Block> blocks, int start, int anchor, int end)
    {
        DateOnly? letterDate = null;
        for (var i = start; i <= anchor && letterDate is null; i++)
        {
            if (UkDates.IsDateOnly(blocks[i].Text, out var date))
            {
                letterDate = date;
            }
        }

        // A report's title, above its anchor, names the kind of visit; a letter's subject line follows its salutation.
        var introEnd = Math.Min(end, anchor + IntroReach);
        string? visitKind = null;
        for (var i = start; i <= introEnd && visitKind is null; i++)
        {
            visitKind = VisitKindRule.Detect(blocks[i].Text);
        }

        IReadOnlyList<DateOnly> visitDates = [];
        for (var i = anchor; i <= introEnd; i++)
        {
            var text = blocks[i].Text;
            var normalised = BlockText.Normalise(text);
            if (visitDates.Count == 0 && (normalised.Contains("summarises", StringComparison.Ordinal) || normalised.Contains("visit", StringComparison.Ordinal) || normalised.Contains("inspection", StringComparison.Ordinal)))
            {
                visitDates = UkDates.FindVisitDates(text);
            }
        }

        return new EmbeddedLetter(
            blocks[start].Page,
            blocks[end].Page,
            start,
            end,
            letterDate,
            visitKind,
            visitDates,
            InspectorRule.Find(blocks, anchor, end));
    }
}

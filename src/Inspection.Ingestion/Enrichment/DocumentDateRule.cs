using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// The date a document speaks for: a letter's dateline, a report's publication date, else near the top a date beside "meeting" or "date",
/// then a date standing alone on its line, then the first date at all.
/// </summary>
internal static partial class DocumentDateRule
{
    private const int TopBlocks = 30;

    public static DateOnly? Find(IReadOnlyList<Block> blocks, EmbeddedLetter? wholeDocumentLetter)
    {
        if (wholeDocumentLetter?.LetterDate is { } letterDate)
        {
            return letterDate;
        }

        var top = blocks.Take(TopBlocks).ToList();

        // A published report is dated by its publication, not by the inspection days listed above it; a web page by the day it was last updated.
        // A bullet is a point the document makes ("Report published on 16 December 2025" on a slide about an inspection), not
        // a label of its own.
        foreach (var block in top.Where(b => b.Kind != BlockKind.ListItem))
        {
            var published = PublicationCue().Match(block.Text);
            if (published.Success && UkDates.Find(block.Text[published.Index..]) is { Count: > 0 } after)
            {
                return after[0].Date;
            }
        }

        // A web page says when it was last updated at its foot, below any number of sections.
        foreach (var block in blocks.Skip(TopBlocks))
        {
            var updated = PageUpdatedCue().Match(block.Text);
            if (updated.Success && UkDates.Find(block.Text[updated.Index..]) is { Count: > 0 } after)
            {
                return after[0].Date;
            }
        }

        foreach (var block in top)
        {
            var text = BlockText.Normalise(block.Text);
            var dates = DatesNotOfBirth(block.Text);
            var cue = DateCue().Match(text);
            if (dates.Count > 0 && cue.Success)
            {
                // A block may hold several labelled lines ("Sample: ... 30 June", "Report date: 29 August"): take the cue's own date.
                var cueIndex = CueIndexInOriginal(block.Text, cue.Value);
                return dates.FirstOrDefault(d => d.Index >= cueIndex, dates[0]).Date;
            }
        }

        foreach (var block in top)
        {
            if (UkDates.IsDateOnly(DateLine(block.Text), out var date))
            {
                return date;
            }
        }

        return top.Select(b => DatesNotOfBirth(b.Text)).FirstOrDefault(d => d.Count > 0)?[0].Date;
    }

    // A person's date of birth ("born 14 March 2012", "DOB: 14/03/2012") in a case audit or a child's record says nothing
    // of when the document was written: such a document is left undated rather than dated by a child's birthday.
    private static IReadOnlyList<(DateOnly Date, int Index)> DatesNotOfBirth(string text) =>
        [.. UkDates.Find(text).Where(d => !BirthCue().IsMatch(text[Math.Max(0, d.Index - 24)..d.Index]))];

    private static int CueIndexInOriginal(string original, string cue)
    {
        var index = original.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
        return index < 0 ? 0 : index;
    }

    // A dateline may carry an item number beside it: "12 October 2021 ITEM: 11".
    private static string DateLine(string text)
    {
        var item = text.IndexOf("ITEM", StringComparison.OrdinalIgnoreCase);
        return item > 0 ? text[..item] : text;
    }

    [GeneratedRegex(@"\b(?:(?:report |date )?published\s*:|(?-i:(?:^|\s)(?:Report|Date|First) published on\b|^published on\b)|date of publication\b|publication date\b|\bpage last (?:updated|reviewed)\b|^\s*last (?:updated|reviewed)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PublicationCue();

    // "Page last updated: ...", or a line of its own opening "Last updated: ..." (a prose "was last updated in" is no label).
    [GeneratedRegex(@"\bpage last (?:updated|reviewed)\b|^\s*last (?:updated|reviewed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PageUpdatedCue();

    [GeneratedRegex(@"(?:\bborn(?: on)?|\bdate of birth|\bd\.?o\.?b\.?|\bbirth ?date|\bbirthday)\s*(?:[:\-–]\s*)?(?:on\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BirthCue();

    // "Dated" cues only the date it introduces ("dated 3 May 2021", "Dated: 03/05/2021"): "plans with dated, measurable outcomes
    // by 20 April" names a deadline, not the document's date. An audit is dated by the day it was done ("Date of audit: ...").
    [GeneratedRegex(@"\bmeeting (?:will be |to be |was )?held\b|\b(?:date of (?:the )?)?meeting\s*:|\bdate of (?:the )?(?:meeting|report|decision|committee|audit)\b|\b(?:meeting|report|committee|decision|audit) date\b|^date\s*:|\bdated\s*(?::\s*|on\s+|the\s+)?(?=\d)")]
    private static partial Regex DateCue();
}

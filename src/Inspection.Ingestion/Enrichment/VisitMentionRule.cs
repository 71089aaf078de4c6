using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// Finds visits a report speaks of in passing ("Between 9 and 11 December 2019, Ofsted and the CQC revisited Medway"):
/// a sentence naming a kind of visit and giving its dates.
/// </summary>
internal static partial class VisitMentionRule
{
    public static IReadOnlyList<Visit> Find(IReadOnlyList<Block> blocks)
    {
        var visits = new List<Visit>();
        foreach (var block in blocks)
        {
            // A sentence's normalised text is a part of its block's (splits fall on spaces, which tags never hold), so a
            // block naming no kind of visit has no sentence that does: most blocks are passed over without splitting.
            if (VisitKindRule.Detect(block.Text) is null)
            {
                continue;
            }

            foreach (var sentence in SentenceEnd().Split(block.Text))
            {
                var kind = VisitKindRule.Detect(sentence);
                if (kind is null || !MentionsActivity(sentence))
                {
                    continue;
                }

                var dates = UkDates.FindVisitDates(sentence);
                if (dates.Count > 0 && !visits.Any(v => v.Kind == kind && v.FirstDay == dates[0]))
                {
                    visits.Add(new Visit(kind, dates));
                }
            }
        }

        return visits;
    }

    // The sentence must say the visit happened: a publication or meeting date is not a visit date.
    private static bool MentionsActivity(string sentence)
    {
        var normalised = BlockText.Normalise(sentence);
        return Activity().IsMatch(normalised)
            && !normalised.Contains("published", StringComparison.Ordinal)
            && !normalised.Contains("agenda", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(?:took place|taking place|undertaken|carried out|conducted|inspected|revisited|visited|summarises|(?:visit|inspection|revisit)(?: of [\w' ]+)? (?:to [\w' ]+ )?(?:on|between|from|in)\b)")]
    private static partial Regex Activity();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z•])")]
    private static partial Regex SentenceEnd();
}

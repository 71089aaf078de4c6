using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// Finds visits a document speaks of: a sentence naming a kind of visit and giving its dates ("Between 9 and 11 December
/// 2019, Ofsted and the CQC revisited Medway"), a labelled line ("Dates of previous inspection: 10 to 14 July 2017"), or
/// only its month ("At the previous inspection in May 2021", "judged inadequate in July 2023").
/// </summary>
internal static partial class VisitMentionRule
{
    /// <param name="family">The kind of the document's own visit, which says what a plain "inspection" is; null if unknown.</param>
    /// <param name="titleLine">The block that titles a document typed without headings (its opening line), or -1: it says what
    /// the whole document is about, as a heading would.</param>
    public static IReadOnlyList<Visit> Find(IReadOnlyList<Block> blocks, string? family, int titleLine = -1)
    {
        var visits = new List<Visit>();
        string? headingKind = null;
        var kindsByLevel = new string?[8];
        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            if (index == titleLine)
            {
                kindsByLevel[1] = VisitKindRule.MayName(block.Text) ? VisitKindRule.Detect(block.Text) : null;
                headingKind = kindsByLevel[1];
            }

            // The nearest heading above that names a visit says what a section is about ("3. The monitoring visit", or a
            // report titled "Ofsted monitoring visit: care leavers" over a plain "1. Introduction"): inspectors visiting
            // under it are on that visit, not on the framework's full inspection. A heading naming none ends what the
            // headings at its level and below said.
            if (block.Kind == BlockKind.Heading)
            {
                var level = Math.Clamp(block.HeadingLevel, 1, kindsByLevel.Length - 1);
                Array.Clear(kindsByLevel, level, kindsByLevel.Length - level);
                kindsByLevel[level] = VisitKindRule.MayName(block.Text) ? VisitKindRule.Detect(block.Text) : null;
                headingKind = kindsByLevel.LastOrDefault(k => k is not null);
            }

            // Most blocks name no visit at all and are passed over without normalising or splitting them.
            if (!MayMentionVisit(block.Text) && (!VisitKindRule.MayName(block.Text) || VisitKindRule.Detect(block.Text) is null))
            {
                continue;
            }

            // A row of a table of inspections and visits, or a line that opens with a visit's name and gives its days.
            if (RowVisit(block) is { } row)
            {
                Add(visits, row);
                continue;
            }

            // Labelled lines run together ("Inspection dates: 3 to 7 March 2025 Dates of previous inspection: 22 to 26 January
            // 2018") are read one label at a time, so each label keeps its own dates.
            foreach (var whole in SentenceEnd().Split(block.Text).SelectMany(s => LabelStart().Split(s)))
            {
                // A publication date is not a visit's: what comes after "published" is left out. Labelled lines run together
                // ("Inspected on 9 and 10 December 2025 Report published on 27 January 2026") keep the visit before it.
                var published = whole.IndexOf("published", StringComparison.OrdinalIgnoreCase);
                var sentence = published >= 0 ? whole[..published] : whole;
                var normalised = BlockText.Normalise(sentence);
                if (normalised.Length == 0 || normalised.Contains("agenda", StringComparison.Ordinal))
                {
                    continue;
                }

                var named = VisitKindRule.DetectNormalised(normalised);
                family ??= named;
                var kind = named ?? (Plain().IsMatch(normalised)
                    ? (headingKind is not null && InspectorsVisited().IsMatch(normalised) ? headingKind : VisitKindRule.PlainInspection(family))
                    : null);
                if (kind is null)
                {
                    continue;
                }

                var dates = UkDates.FindVisitDates(sentence);
                if (dates.Count > 0 && (Activity().IsMatch(normalised) || DatesLabel().IsMatch(normalised) || InspectorsOverDays(normalised)))
                {
                    Add(visits, new Visit(kind, dates));

                    // "Inspectors previously visited in October 2023, in March 2024 and on 10 and 11 December 2024": the
                    // months of the same list are visits too.
                    AddMonthMentions(visits, normalised, family);
                    continue;
                }

                if (dates.Count == 0)
                {
                    // "Last inspection: March 2023, good": a labelled line whose label is followed by a month alone.
                    if (DatesLabel().Match(normalised) is { Success: true } label
                        && UkDates.FindMonths(normalised[(label.Index + label.Length)..]) is [var labelled, ..]
                        && labelled.Index <= 1)
                    {
                        Add(visits, new Visit(kind, [labelled.Month]) { MonthOnly = true });
                    }

                    // "In December 2019, Ofsted and the CQC returned to complete a SEND revisit": the month opens the sentence.
                    if (named is not null && MonthFirst().Match(normalised) is { Success: true } first && MonthFirstActivity().IsMatch(normalised)
                        && UkDates.FindMonths(first.Groups["month"].Value) is { Count: > 0 } opening)
                    {
                        Add(visits, new Visit(named, [opening[0].Month]) { MonthOnly = true });
                    }

                    // "Ofsted and the Care Quality Commission inspected the local area partnership's services ... in July 2024":
                    // a sentence naming its kind, with an activity verb and one month after the name, however far.
                    if (named is not null && MonthFirstActivity().IsMatch(normalised) && UkDates.FindMonths(normalised) is [var only]
                        && VisitKindRule.Detect(normalised[..only.Index]) == named && !ClauseBreak().IsMatch(normalised[..only.Index]))
                    {
                        Add(visits, new Visit(named, [only.Month]) { MonthOnly = true });
                    }

                    AddMonthMentions(visits, normalised, family);
                }
            }
        }

        return visits;
    }

    /// <summary>
    /// A row of a table of inspections and visits ("Focused visit | 8 and 9 June 2021 | Letter published", "January 2018 |
    /// ILACS standard inspection | Good", "Last inspection | Inspection of local authority children's services, 4 to 15 March
    /// 2024: ..."), or a line that opens with a visit's name followed by its days ("Focused visit, 23 and 24 September 2025").
    /// The cell naming the visit must open with its name (not "Improve focused visit readiness"), and its dates follow the name
    /// straight away or open a cell of their own; a month alone counts only in a cell of its own. A RAG-rated row is an action.
    /// </summary>
    private static Visit? RowVisit(Block block)
    {
        if (!VisitKindRule.MayName(block.Text))
        {
            return null;
        }

        var cells = block.Kind == BlockKind.TableRow ? block.Text.Split(" | ") : [block.Text];
        if (cells.Length > 6)
        {
            return null;
        }

        var normalised = cells.Select(c => BlockText.Normalise(BlockText.StripBullet(c))).ToList();
        if (normalised.Any(c => c is "red" or "amber" or "green"))
        {
            return null;
        }

        for (var i = 0; i < normalised.Count; i++)
        {
            if (VisitKindRule.Leading(normalised[i], out var end) is not { } kind || NotTheActivity().IsMatch(normalised[i][end..]))
            {
                continue;
            }

            var rest = normalised[i][end..];
            if (DatesFollow().IsMatch(rest) && UkDates.FindVisitDates(rest) is { Count: > 0 } own)
            {
                return new Visit(kind, own);
            }

            for (var j = 0; j < normalised.Count && block.Kind == BlockKind.TableRow; j++)
            {
                if (j == i || !DateOpens().IsMatch(normalised[j]))
                {
                    continue;
                }

                if (UkDates.FindVisitDates(normalised[j]) is { Count: > 0 } dates)
                {
                    return new Visit(kind, dates);
                }

                if (MonthCell().IsMatch(normalised[j]) && UkDates.FindMonths(normalised[j]) is [var month])
                {
                    return new Visit(kind, [month.Month]) { MonthOnly = true };
                }
            }

            return null;
        }

        return null;
    }

    // "Inspectors spent two weeks with our teams from 2 to 13 June 2025": inspectors over a span of days are on a visit.
    private static bool InspectorsOverDays(string normalised) =>
        normalised.Contains("inspectors", StringComparison.Ordinal) && DaySpan().IsMatch(normalised);

    /// <summary>
    /// Reads the visits a sentence gives by month only. Each "in|during|of MONTH YEAR" is scored against the words before it
    /// (back to the month before, at most ten): the nearest activity word there says what happened then, a visit or inspection
    /// of a named kind ("a focused visit to ... services, carried out in March 2025", "monitoring visits in July 2024") or an
    /// inspection of the document's family ("when Ofsted inspected them in February 2024", "judged inadequate in May 2024").
    /// A month joined to the one before by "and" or a comma ("in July 2024 and March 2025") is another visit of its kind.
    /// </summary>
    private static void AddMonthMentions(List<Visit> visits, string normalised, string? family)
    {
        string? previousKind = null;
        var previousEnd = 0;
        foreach (Match match in MonthOnly().Matches(normalised))
        {
            var month = UkDates.FindMonths(match.Groups["month"].Value);
            if (month.Count == 0)
            {
                previousKind = null;
                continue;
            }

            var lead = normalised[previousEnd..match.Index];
            previousEnd = match.Index + match.Length;
            string? kind;
            if (previousKind is not null && (ListJoin().IsMatch(lead) || IsGappedClause(lead)))
            {
                kind = previousKind;
            }
            else if (!match.Groups["preposition"].Success)
            {
                kind = null;
            }
            else
            {
                var words = lead.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var window = string.Join(' ', words.Skip(Math.Max(0, words.Length - 10)));
                kind = ActivityKind(window, family);
            }

            previousKind = kind;
            if (kind is not null)
            {
                Add(visits, new Visit(kind, [month[0].Month]) { MonthOnly = true });
            }
        }
    }

    /// <summary>
    /// A second clause that leaves out the verb of the first ("were last inspected in June 2012 and its services for looked
    /// after children in February 2011"): "and", then a few words with no verb, no other activity and no clause of their own.
    /// A verb is taken to be any word ending in "ed" (the statutory "looked after" is a name, not a verb) or a form of be,
    /// have or will; "and a new director arrived in May 2019" is not such a clause.
    /// </summary>
    private static bool IsGappedClause(string lead)
    {
        var match = GappedClause().Match(lead);
        if (!match.Success)
        {
            return false;
        }

        var words = match.Groups["words"].Value.Replace("looked after", "", StringComparison.Ordinal);
        return !ClauseBreak().IsMatch(words) && !ActivityCue().IsMatch(words) && !FiniteVerb().IsMatch(words) && !words.Any(char.IsAsciiDigit);
    }

    // The kind the nearest activity word in the window speaks of, or null when it names none.
    private static string? ActivityKind(string window, string? family)
    {
        var cues = ActivityCue().Matches(window);
        if (cues.Count == 0)
        {
            return null;
        }

        // What lies between the activity word and the month must still be about that activity: a few words, opening no other
        // clause ("During the visit, inspectors saw plans written in March 2024" is not a visit in March 2024), and the noun is
        // the activity itself, not a word before another noun ("the ILACS inspection framework in January 2018").
        var cue = cues[^1];
        var gap = window[(cue.Index + cue.Length)..];

        // "Ofsted judged Aldersey's services for children to be inadequate in June 2025": what was judged names no time, the
        // grade ends the judgement, and the month that follows it is the inspection's.
        if (cue.Value == "judged" && JudgedGrade().Match(gap) is { Success: true } grade && BlockText.WordCount(gap[..grade.Index]) <= 8)
        {
            gap = gap[(grade.Index + grade.Length)..];
        }

        if (BlockText.WordCount(gap) > 6 || ClauseBreak().IsMatch(gap) || (cue.Groups["noun"].Success && NotTheActivity().IsMatch(gap)))
        {
            return null;
        }

        if (cue.Groups["verb"].Success)
        {
            // "When inspectors revisited the area in November 2021": in SEND papers a revisit is the SEND revisit; elsewhere
            // the verb says nothing of the kind.
            if (cue.Value == "revisited")
            {
                return family is VisitKinds.AreaSendInspection or VisitKinds.SendRevisit ? VisitKinds.SendRevisit : null;
            }

            // "Inspectors previously visited in October 2023": in a letter about a visit, a plain "visited" is another visit
            // of that kind; elsewhere it is an inspection of the document's family.
            return cue.Value == "visited" && family is VisitKinds.MonitoringVisit or VisitKinds.FocusedVisit
                ? family
                : VisitKindRule.PlainInspection(family);
        }

        // A noun: the words up to it name its kind ("the third monitoring visit", "the local area SEND inspection").
        // The phrase stops at a word that opens another clause: in "the third monitoring visit since the inspection in June
        // 2024" the inspection is not a monitoring visit.
        var phrase = window[..(cue.Index + cue.Length)];
        var breaks = ClauseBreak().Matches(phrase);
        var upTo = (breaks.Count > 0 ? phrase[(breaks[^1].Index + breaks[^1].Length)..] : phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var named = VisitKindRule.DetectNormalised(string.Join(' ', upTo.Skip(Math.Max(0, upTo.Length - 6))));
        return named ?? VisitKindRule.PlainInspection(family);
    }

    // A month named again for a visit whose days are known is the same visit; a later sentence giving the days replaces it.
    private static void Add(List<Visit> visits, Visit visit)
    {
        // A visit from 30 June to 1 July is "the visit in July" too: any month its days touch.
        static bool SameMonth(Visit a, Visit b) => a.Kind == b.Kind && (Touches(a, b.Dates[0]) || Touches(b, a.Dates[0]));
        static bool Touches(Visit visit, DateOnly month) =>
            visit.Dates.Any(d => d.Year == month.Year && d.Month == month.Month);

        if (visits.Any(v => v.Kind == visit.Kind && v.FirstDay == visit.FirstDay) || (visit.MonthOnly && visits.Any(v => SameMonth(v, visit))))
        {
            return;
        }

        if (!visit.MonthOnly)
        {
            visits.RemoveAll(v => v.MonthOnly && SameMonth(v, visit));
        }

        visits.Add(visit);
    }

    private static bool MayMentionVisit(string text) =>
        text.Contains("nspect", StringComparison.OrdinalIgnoreCase) || text.Contains("judged", StringComparison.OrdinalIgnoreCase);

    // The last form: a visit named and then dated after a comma or dash, as a slide or a list gives it ("Inspection of local
    // authority children's services (ILACS), 3 to 14 November 2025").
    [GeneratedRegex(@"\b(?:took place|taking place|undertaken|carried out|conducted|inspected|revisited|visited|summarises|(?:visit|inspection|revisit)(?: of [\w' ]+)?,? (?:held )?(?:to [\w' ]+ )?(?:on|between|from|in|over)\b|(?:visit|inspection|revisit) (?:of|on) (?:the )?\d|(?:visit|inspection|revisit)(?: of [\w' ]+)?(?: \([\w ]+\))?\s*(?:,|-|–)\s*(?=\d{1,2}(?:st|nd|rd|th)?\s+(?:(?:to|and|-|–)\s+\d|[a-z]+\s+(?:19|20)\d\d)))")]
    private static partial Regex Activity();

    [GeneratedRegex(@"\b(?:inspection|visit) dates?\s*:|\bdates? of (?:the )?(?:previous |last |initial )?(?:inspection|visit)\s*:|\b(?:previous|last|latest|most recent)\s+(?:[\w-]+\s+){0,2}(?:inspection|visit)\s*:")]
    private static partial Regex DatesLabel();

    [GeneratedRegex(@"^[\s,:;(–-]*(?:(?:on|from|between)\s+)?\d")]
    private static partial Regex DatesFollow();

    [GeneratedRegex(@"^(?:(?:on|from|between|in)\s+)?(?:\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)")]
    private static partial Regex DateOpens();

    [GeneratedRegex(@"^(?:in\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d{2}$")]
    private static partial Regex MonthCell();

    [GeneratedRegex(@"\b(?:from|between)\s+\d{1,2}(?:st|nd|rd|th)?(?:\s+[a-z]+)?\s+(?:to|and|-|–|until)\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+(?:19|20)\d{2}\b")]
    private static partial Regex DaySpan();

    // "judged inadequate", and with what was judged between ("judged the council's services to be inadequate").
    [GeneratedRegex(@"\binspect|\bjudged (?:[\w'-]+ ){0,8}?(?:to be |as )?(?:good|outstanding|inadequate|to require|requires)\b")]
    private static partial Regex Plain();

    [GeneratedRegex(@"\b(?:to be |as )?(?:inadequate|good|outstanding|requir(?:e|es|ing) improvement(?: to be good)?)\b")]
    private static partial Regex JudgedGrade();

    [GeneratedRegex(@"\binspectors?\s+(?:[\w',-]+\s+){0,3}(?:visited|were on site|came to)\b")]
    private static partial Regex InspectorsVisited();

    [GeneratedRegex(@"(?:\b(?<preposition>in|of|during|on)\s+|(?<preposition>\()\s*)?\b(?<month>(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\.?\s+|\.)(?:19|20)\d{2})\b")]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:and\s+|or\s+|then\s+)?(?:again\s+)?$")]
    private static partial Regex ListJoin();

    [GeneratedRegex(@"^\s*,?\s*and\s+(?<words>(?:[\w'-]+\s+){1,8})$")]
    private static partial Regex GappedClause();

    [GeneratedRegex(@"\b(?:[a-z]+ed|was|were|is|are|been|being|has|have|had|will|would|did|does)\b")]
    private static partial Regex FiniteVerb();

    [GeneratedRegex(@"\b(?:(?<noun>(?:re-?)?visits?|inspections?|jtai)|(?<verb>inspected|inspecting|judged|visited|revisited))\b")]
    private static partial Regex ActivityCue();

    [GeneratedRegex(@"\b(?:that|which|who|whom|when|where|while|since|because|after|before|until|saw|found|told|said|noted|reported|wrote|written|agreed|approved|published|launched|started|began|set up|introduced)\b")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^\s*(?:frameworks?|regimes?|system|handbook|guidance|reports?|letters?|plans?|outcomes?|findings?|judgements?|methodology|programme|preparation|readiness|team|teams|activity|arrangements)\b")]
    private static partial Regex NotTheActivity();

    [GeneratedRegex(@"(?=\b(?:inspection|visit) dates?\s*:|\bdates? of (?:the )?(?:previous |last |initial )?(?:inspection|visit)\s*:|\b(?:previous|last|latest|most recent)\s+(?:[\w-]+\s+){0,2}(?:inspection|visit)\s*:|\b(?:report |date )?published\s*:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelStart();

    [GeneratedRegex(@"\b(?:returned|revisited|visited|inspected|carried out|conducted|completed|took place|undertook|undertaken)\b")]
    private static partial Regex MonthFirstActivity();

    [GeneratedRegex(@"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:in|during)\s+(?<month>(?:january|february|march|april|may|june|july|august|september|october|november|december)\.?\s+(?:19|20)\d{2}),?\s")]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z•])")]
    private static partial Regex SentenceEnd();
}

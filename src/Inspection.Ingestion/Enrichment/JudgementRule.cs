using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>
/// Finds graded judgements of every framework in <see cref="JudgementVocabulary"/> by scoring each pairing of a judgement's
/// name with a grade: set apart from prose (a separator, a table row, a card with the grade under the name, a grid of names
/// over grades) scores above a sentence ("leadership and management were judged outstanding"), which scores above a summary
/// sentence (the single inspection framework's "Children's services in X require improvement to be good", an area SEND
/// inspection's outcome). Each judgement keeps its best-scored grade, so a table is not overruled by prose recalling it.
/// </summary>
internal static partial class JudgementRule
{
    public const string Overall = "Overall effectiveness";
    public const string SendOutcome = "Inspection outcome";

    private const int SetApart = 3;
    private const int InSentence = 2;
    private const int Summary = 1;

    // "Overall effectiveness is judged to be", "has been rated as": more connecting words than this is prose about something else.
    private const int MaxConnectors = 5;

    // A card's or grid's name is a short line; longer blocks are prose.
    private const int MaxNameWords = 14;

    private static readonly PhraseSet NamePhrases = new(JudgementVocabulary.Names);
    private static readonly PhraseSet GradePhrases = new(JudgementVocabulary.Grades);

    public static IReadOnlyDictionary<string, string> Find(IReadOnlyList<Block> blocks, int from, int to)
    {
        var found = new Judgements();
        for (var i = from; i <= to && i < blocks.Count; i++)
        {
            var text = blocks[i].Text;
            var next = i + 1 <= to && i + 1 < blocks.Count ? blocks[i + 1] : null;
            if (blocks[i].Kind == BlockKind.TableRow && StackedRow(text, found))
            {
                continue;
            }

            if (MayHoldGrade(text))
            {
                var tokens = JudgementTokens.Read(text);
                InLine(tokens, found);
                WrappedRow(tokens, found);
                if (SifOverall().Match(text.Replace('’', '\'')) is { Success: true } overall && GradeOf(overall.Groups["grade"].Value) is { } grade)
                {
                    found.Offer(Overall, grade, Summary);
                }

                if (SendOutcomeSentence().Match(text.Replace('’', '\'')) is { Success: true } outcome)
                {
                    found.Offer(SendOutcome, SendOutcomeGrade(outcome.Value), Summary);
                }
            }

            if (next is not null && MayHoldGrade(next.Text) && BlockText.WordCount(text) <= MaxNameWords * 4)
            {
                NamesOverGrades(text, next.Text, found);
            }
        }

        StandingAlone(blocks, from, to, found);
        return found.Best();
    }

    // Each name in the block takes the first grade after it, when only separators or connecting words come between.
    private static void InLine(List<JudgementToken> tokens, Judgements found)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (Match(tokens, i, NamePhrases) is not { } name)
            {
                i++;
                continue;
            }

            int separators = 0, connectors = 0, j = name.End + 1;
            while (j < tokens.Count && (tokens[j].Kind == JudgementTokenKind.Separator || IsConnector(tokens, j, connectors)))
            {
                separators += tokens[j].Kind == JudgementTokenKind.Separator ? 1 : 0;
                connectors += tokens[j].IsWord ? 1 : 0;
                j++;
            }

            if (j < tokens.Count && Match(tokens, j, GradePhrases) is { } grade && Fits(name, grade))
            {
                var setApart = separators > 0 && connectors == 0;
                var alone = connectors == 0 && OnlyNumbering(tokens, 0, name.Start) && OnlyPunctuation(tokens, grade.End + 1, tokens.Count);
                if (setApart || alone)
                {
                    found.Offer(name.Phrase.Meaning, grade.Phrase.Meaning, SetApart);
                }
                else if (!name.Phrase.Common)
                {
                    found.Offer(name.Phrase.Meaning, grade.Phrase.Meaning, InSentence);
                }

                i = grade.End + 1;
                continue;
            }

            i = name.End + 1;
        }
    }

    // A table row whose name cell wraps onto a second line, read across by OCR or a line builder: the name's first line, the
    // grade, then the rest of the name ("The impact of leaders on social work practice with children and | Good | families").
    // The block must be that row and nothing else, and the name one of the distinct ones (an everyday area name could be prose).
    private static void WrappedRow(List<JudgementToken> tokens, Judgements found)
    {
        var words = new List<int>();
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].IsWord && !(words.Count == 0 && (tokens[t].IsNumber || tokens[t].Text == "the")))
            {
                words.Add(t);
            }
        }

        if (words.Count < 4 || words.Count > MaxNameWords * 2)
        {
            return;
        }

        for (var g = 2; g < words.Count - 1; g++)
        {
            if (Match(tokens, words[g], GradePhrases) is not { } grade)
            {
                continue;
            }

            var after = words.FindIndex(g, w => w > grade.End);
            if (after < 0)
            {
                return;
            }

            var name = words.Take(g).Concat(words.Skip(after)).Select(w => tokens[w].Text).ToArray();
            var phrase = NamePhrases.All.FirstOrDefault(p => !p.Common && p.Words.AsSpan().SequenceEqual(name));
            if (phrase is not null)
            {
                found.Offer(phrase.Meaning, grade.Phrase.Meaning, SetApart);
            }

            return;
        }
    }

    private static bool IsConnector(List<JudgementToken> tokens, int at, int connectors) =>
        tokens[at].IsWord && connectors < MaxConnectors && JudgementVocabulary.Connectors.Contains(tokens[at].Text) && Match(tokens, at, GradePhrases) is null;

    // A judgement table whose rows a line builder ran together into one row of two cells: several names in the first cell
    // and as many grades in the second ("The experiences and progress of children in care The experiences and progress of
    // care leavers Overall effectiveness | Requires improvement to be good Good Good"). Each name takes the grade in its place;
    // nothing else may be in either cell. Read so, the row is not read name by name as well (the last name would take the
    // first grade).
    private static bool StackedRow(string text, Judgements found)
    {
        var cells = text.Split(" | ");
        if (cells.Length != 2 || !MayHoldGrade(cells[1]))
        {
            return false;
        }

        var names = Sequence(JudgementTokens.Read(cells[0]), NamePhrases);
        var grades = Sequence(JudgementTokens.Read(cells[1]), GradePhrases);
        if (names is not { Count: >= 2 } || grades is null || grades.Count != names.Count || names.Where((n, k) => !Fits(n, grades[k])).Any())
        {
            return false;
        }

        for (var k = 0; k < names.Count; k++)
        {
            found.Offer(names[k].Phrase.Meaning, grades[k].Phrase.Meaning, SetApart);
        }

        return true;
    }

    // The phrases that make up the whole text one after another (numbering and punctuation between them passed over), or null.
    private static List<PhraseMatch>? Sequence(List<JudgementToken> tokens, PhraseSet phrases)
    {
        var found = new List<PhraseMatch>();
        var t = 0;
        while (t < tokens.Count)
        {
            if (!tokens[t].IsWord || tokens[t].IsNumber)
            {
                t++;
                continue;
            }

            if (Match(tokens, t, phrases) is not { } match)
            {
                return null;
            }

            found.Add(match);
            t = match.End + 1;
        }

        return found;
    }

    // A report card sets an area's grade under its name: one block under another, or a table row of names over a row of grades.
    private static void NamesOverGrades(string names, string grades, Judgements found)
    {
        var nameCells = names.Split('|');
        var gradeCells = grades.Split('|');
        if (nameCells.Length != gradeCells.Length)
        {
            return;
        }

        for (var c = 0; c < nameCells.Length; c++)
        {
            if (Whole(JudgementTokens.Read(nameCells[c]), NamePhrases) is { } name
                && Whole(JudgementTokens.Read(gradeCells[c]), GradePhrases) is { } grade && Fits(name, grade))
            {
                found.Offer(name.Phrase.Meaning, grade.Phrase.Meaning, SetApart);
            }
        }
    }

    // Met and not met are safeguarding's verdicts, not grades of the other areas ("leadership has met its targets").
    private static bool Fits(PhraseMatch name, PhraseMatch grade) =>
        grade.Phrase.Meaning is not (JudgementGrades.Met or JudgementGrades.NotMet) || name.Phrase.Meaning == "Safeguarding";

    // "are good", "require improvement to be good": the grade of the single inspection framework's overall sentence.
    private static string? GradeOf(string written)
    {
        var tokens = JudgementTokens.Read(written);
        return Whole(tokens[0].Text == "are" ? tokens[1..] : tokens, GradePhrases)?.Phrase.Meaning;
    }

    // The phrase that makes up the whole text, apart from numbering before it and punctuation around it.
    private static PhraseMatch? Whole(List<JudgementToken> tokens, PhraseSet phrases)
    {
        var start = 0;
        while (start < tokens.Count && (!tokens[start].IsWord || tokens[start].IsNumber))
        {
            start++;
        }

        return start < tokens.Count && Match(tokens, start, phrases) is { } match && OnlyPunctuation(tokens, match.End + 1, tokens.Count) ? match : null;
    }

    // The longest phrase whose words start at token `at`; marks between its words are passed over (OCR sets stray dots and colons).
    // Only the phrases whose first word is the token's (or, after "the", the next word's) are tried, in the set's order.
    private static PhraseMatch? Match(List<JudgementToken> tokens, int at, PhraseSet phrases)
    {
        if (!tokens[at].IsWord)
        {
            return null;
        }

        var withThe = tokens[at].Text == "the" ? NextWord(tokens, at + 1) : -1;
        var atStarts = phrases.StartingWith(tokens[at].Text);
        var theStarts = withThe >= 0 ? phrases.StartingWith(tokens[withThe].Text) : [];
        int a = 0, b = 0;
        while (a < atStarts.Length || b < theStarts.Length)
        {
            // The next candidate in the set's order, whichever start it came from (a phrase may be in both).
            var index = b < theStarts.Length && (a >= atStarts.Length || theStarts[b] <= atStarts[a]) ? theStarts[b] : atStarts[a];
            a += a < atStarts.Length && atStarts[a] == index ? 1 : 0;
            b += b < theStarts.Length && theStarts[b] == index ? 1 : 0;
            var phrase = phrases.All[index];
            var end = withThe >= 0 ? WordsFrom(tokens, withThe, phrase.Words) : -1;
            end = end >= 0 ? end : WordsFrom(tokens, at, phrase.Words);
            if (end >= 0)
            {
                return new PhraseMatch(phrase, at, end);
            }
        }

        return null;
    }

    private static int WordsFrom(List<JudgementToken> tokens, int at, string[] words)
    {
        var t = at;
        for (var w = 0; w < words.Length; w++)
        {
            t = w == 0 ? t : NextWord(tokens, t + 1);
            if (t < 0 || !string.Equals(tokens[t].Text, words[w], StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return t;
    }

    private static int NextWord(List<JudgementToken> tokens, int from)
    {
        for (var t = from; t < tokens.Count; t++)
        {
            if (tokens[t].IsWord)
            {
                return t;
            }
        }

        return -1;
    }

    private static bool OnlyNumbering(List<JudgementToken> tokens, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (tokens[t].IsWord && !tokens[t].IsNumber)
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlyPunctuation(List<JudgementToken> tokens, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (tokens[t].IsWord)
            {
                return false;
            }
        }

        return true;
    }

    // Every pairing contains a grade, so a block without one is skipped before it is read word by word.
    private static bool MayHoldGrade(string text) =>
        text.Contains("good", StringComparison.OrdinalIgnoreCase)
        || text.Contains("outstanding", StringComparison.OrdinalIgnoreCase)
        || text.Contains("standard", StringComparison.OrdinalIgnoreCase)
        || text.Contains("adequate", StringComparison.OrdinalIgnoreCase)
        || text.Contains("mprovement", StringComparison.OrdinalIgnoreCase)
        || text.Contains("attention", StringComparison.OrdinalIgnoreCase)
        || text.Contains("exceptional", StringComparison.OrdinalIgnoreCase)
        || HasWordMet(text)
        || text.Contains("outcome", StringComparison.OrdinalIgnoreCase)
        || text.Contains("failing", StringComparison.OrdinalIgnoreCase);

    // "met" as a word (safeguarding met or not met), not inside "metropolitan", "method" or "sometimes".
    private static bool HasWordMet(string text)
    {
        for (var at = text.IndexOf("met", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("met", at + 3, StringComparison.OrdinalIgnoreCase))
        {
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (at + 3 == text.Length || !char.IsLetter(text[at + 3])))
            {
                return true;
            }
        }

        return false;
    }

    private static string SendOutcomeGrade(string sentence) =>
        sentence.Contains("inconsistent", StringComparison.OrdinalIgnoreCase) ? JudgementGrades.InconsistentOutcomes
        : sentence.Contains("positive", StringComparison.OrdinalIgnoreCase) ? JudgementGrades.PositiveOutcomes
        : JudgementGrades.SystemicFailings;

    [GeneratedRegex(@"\bchildren's services in [\w' -]+? (?<grade>are outstanding|are good|require improvement to be good|are inadequate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SifOverall();

    [GeneratedRegex(@"\b(?:local area partnership's )?arrangements (?:typically )?lead to (?:positive|inconsistent) experiences and outcomes\b|\bwidespread and/or systemic failings\b", RegexOptions.IgnoreCase)]
    private static partial Regex SendOutcomeSentence();

    /// <summary>A phrase found in a block's tokens, from its first token (a leading "the" included) to its last word.</summary>
    private sealed record PhraseMatch(JudgementPhrase Phrase, int Start, int End);

    /// <summary>Phrases in their order (longest first) with, for each first word, the positions of the phrases it starts.</summary>
    private sealed class PhraseSet
    {
        private readonly Dictionary<string, int[]> _starts;

        public PhraseSet(IReadOnlyList<JudgementPhrase> phrases)
        {
            All = phrases;
            _starts = Enumerable.Range(0, phrases.Count)
                .GroupBy(i => phrases[i].Words[0], StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Order().ToArray(), StringComparer.Ordinal);
        }

        public IReadOnlyList<JudgementPhrase> All { get; }

        public int[] StartingWith(string word) => _starts.TryGetValue(word, out var found) ? found : [];
    }

    /// <summary>The best-scored grade of each judgement, in the order the judgements were first seen.</summary>
    private sealed class Judgements
    {
        private readonly Dictionary<string, (string Grade, int Score, int Order)> _best = new(StringComparer.Ordinal);

        public void Offer(string name, string grade, int score)
        {
            if (!_best.TryGetValue(name, out var held))
            {
                _best[name] = (grade, score, _best.Count);
            }
            else if (score > held.Score)
            {
                _best[name] = (grade, score, held.Order);
            }
        }

        public Dictionary<string, string> Best() =>
            _best.OrderBy(j => j.Value.Order).ToDictionary(j => j.Key, j => j.Value.Grade, StringComparer.Ordinal);
    }
}

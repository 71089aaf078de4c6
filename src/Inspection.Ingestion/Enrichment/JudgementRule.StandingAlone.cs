using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

internal static partial class JudgementRule
{
    // Cells of a table row as the extractors join them.
    private const string CellSeparator = " | ";

    private const int MaxStandingLength = 600;

    /// <summary>
    /// Names and grades set out with nothing else beside them, in any layout: a definition list with each grade on the line
    /// under its area, a row of names over a row of grades, two columns read one after the other (all names, then all
    /// grades), or tiles in columns whose names wrap over several rows. Consecutive blocks made only of names and grades are
    /// read as one run; table rows with the same number of cells are also read down each column.
    /// </summary>
    private static void StandingAlone(IReadOnlyList<Block> blocks, int from, int to, Judgements found)
    {
        var run = new List<Standing>();
        var last = Math.Min(to, blocks.Count - 1);
        for (var i = from; i <= last; i++)
        {
            if (blocks[i].Kind == BlockKind.TableRow && i == ColumnGroupStart(blocks, i, from))
            {
                DownEachColumn(blocks, i, last, found);
            }

            if (OnlyNamesAndGrades(blocks[i].Text) is { } alone)
            {
                run.AddRange(alone);
                continue;
            }

            Pair(run, found);
            run.Clear();
        }

        Pair(run, found);
    }

    private static int ColumnGroupStart(IReadOnlyList<Block> blocks, int at, int from)
    {
        var cells = CellCount(blocks[at].Text);
        var start = at;
        while (start - 1 >= from && blocks[start - 1].Kind == BlockKind.TableRow && CellCount(blocks[start - 1].Text) == cells)
        {
            start--;
        }

        return start;
    }

    private static void DownEachColumn(IReadOnlyList<Block> blocks, int start, int last, Judgements found)
    {
        var cells = CellCount(blocks[start].Text);
        if (cells < 2)
        {
            return;
        }

        var end = start;
        while (end + 1 <= last && blocks[end + 1].Kind == BlockKind.TableRow && CellCount(blocks[end + 1].Text) == cells)
        {
            end++;
        }

        if (end == start)
        {
            return;
        }

        for (var c = 0; c < cells; c++)
        {
            var column = string.Join(' ', Enumerable.Range(start, end - start + 1).Select(r => blocks[r].Text.Split(CellSeparator)[c]));
            if (OnlyNamesAndGrades(column) is { } alone)
            {
                Pair(alone, found);
            }
        }
    }

    // Most blocks are prose: their first word starts no name or grade, and they are not read word by word.
    private static bool StartsLikeNameOrGrade(string text)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetter(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '\'' or '’'))
        {
            end++;
        }

        if (end == start)
        {
            return false;
        }

        var first = text[start..end].Replace('’', '\'').ToLowerInvariant();
        return first == "the" || NamePhrases.StartingWith(first).Length > 0 || GradePhrases.StartingWith(first).Length > 0;
    }

    private static int CellCount(string text) => text.Split(CellSeparator).Length;

    // The names and grades that make up the whole text (numbering and punctuation between them allowed), or null.
    private static List<Standing>? OnlyNamesAndGrades(string text)
    {
        // A column of names and grades is short; prose is not read word by word here.
        if (text.Length > MaxStandingLength || !StartsLikeNameOrGrade(text))
        {
            return null;
        }

        var tokens = JudgementTokens.Read(text);
        var read = new List<Standing>();
        var t = 0;
        while (t < tokens.Count)
        {
            if (!tokens[t].IsWord || tokens[t].IsNumber)
            {
                t++;
                continue;
            }

            if (Match(tokens, t, NamePhrases) is { } name)
            {
                read.Add(new Standing(name, IsName: true));
                t = name.End + 1;
            }
            else if (Match(tokens, t, GradePhrases) is { } grade)
            {
                read.Add(new Standing(grade, IsName: false));
                t = grade.End + 1;
            }
            else
            {
                return null;
            }
        }

        return read.Count > 0 ? read : null;
    }

    // All names before all grades in equal number are two columns: the n-th name takes the n-th grade. Otherwise each name
    // takes the grade right after it (a list or a card with the grade under the name).
    private static void Pair(List<Standing> run, Judgements found)
    {
        var names = run.Count(s => s.IsName);
        var columns = names >= 2 && names * 2 == run.Count && run.Take(names).All(s => s.IsName);
        for (var i = 0; i < run.Count; i++)
        {
            var grade = columns ? (i < names ? run[i + names] : null) : (i + 1 < run.Count ? run[i + 1] : null);
            if (run[i].IsName && grade is { IsName: false } && Fits(run[i].Match, grade.Match))
            {
                found.Offer(run[i].Match.Phrase.Meaning, grade.Match.Phrase.Meaning, SetApart);
            }
        }
    }

    /// <summary>A judgement name or a grade found standing alone.</summary>
    private sealed record Standing(PhraseMatch Match, bool IsName);
}

using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.PdfFonts;

namespace Inspection.Ingestion.Pdf;

/// <summary>Builds a page's lines from its letters: runs in content order, grouped by baseline, words split on spaces and gaps.</summary>
/// <remarks>Works from letter geometry rather than <c>page.Text</c>, which glues words at line ends in justified text.</remarks>
internal static partial class PdfLineBuilder
{
    // A gap wider than this fraction of the font size between glyphs is a word space even without a space glyph.
    private const double WordGapEm = 0.18;

    // A gap this wide on one baseline separates table cells, not words.
    private const double CellGapEm = 2.0;

    // Only a gap this many times the line's usual word spacing can separate cells or columns.
    private const double CellGapSpread = 1.8;

    // A gap this wide ends a run: it may be a column gutter, which layout decides with the whole page in view.
    private const double RunGapEm = 1.0;

    // A footnote's number is set at most this share of the text's size.
    private const double NoteMarkSize = 0.8;

    public static List<PdfLine> Build(IReadOnlyList<Letter> letters) => Build(letters, [], []);

    /// <param name="bullets">Bullet marks drawn on the page (page coordinates), which start list items on horizontal pages.</param>
    /// <param name="tables">Tables the page draws with rules (see <see cref="PdfRules"/>): their cells come from the rules, not from gaps.</param>
    public static List<PdfLine> Build(IReadOnlyList<Letter> letters, List<(double X, double Y, double Right)> bullets, IReadOnlyList<PdfRuledTable> tables)
    {
        // Nearly every page reads horizontally: build its runs while counting orientations, and rebuild only when another wins.
        // One pass over the letters instead of two (a page's letters do not fit in the core's cache).
        Span<int> orientations = stackalloc int[5];
        var sideways = new StringBuilder();
        var runs = BuildRuns(letters, TextOrientation.Horizontal, orientations, sideways);
        var dominant = DominantOrientation(orientations);
        var ruled = new List<(PdfRuledTable Table, List<Letter> Letters)>();
        if (dominant == TextOrientation.Horizontal && tables.Count > 0)
        {
            // Rules are in page coordinates, which read upright only on a horizontal page; the letters inside a table are
            // read cell by cell, the rest as a page of their own.
            ruled = [.. tables.Select(t => (t, new List<Letter>()))];
            var rest = new List<Letter>(letters.Count);
            foreach (var letter in letters)
            {
                var size = letter.PointSize > 0 ? letter.PointSize : 10;
                var x = (letter.StartBaseLine.X + letter.EndBaseLine.X) / 2;
                var y = letter.StartBaseLine.Y + (0.3 * size);
                var owner = ruled.FindIndex(r => r.Table.Contains(x, y, tolerance: 0.5));
                (owner >= 0 ? ruled[owner].Letters : rest).Add(letter);
            }

            ruled.RemoveAll(r => r.Letters.Count == 0);
            if (ruled.Count > 0)
            {
                sideways.Clear();
                runs = BuildRuns(rest, TextOrientation.Horizontal, [], sideways);
            }
        }
        else if (dominant != TextOrientation.Horizontal)
        {
            sideways.Clear();
            runs = BuildRuns(letters, dominant, [], sideways);
        }

        JoinDropCaps(runs);
        var lines = PdfPageLayout.Arrange(runs);
        if (dominant == TextOrientation.Horizontal)
        {
            PdfBullets.Mark(lines, bullets);
            SeparateNoteNumbers(lines);
        }

        foreach (var (table, tableLetters) in ruled)
        {
            // The table's rows go where the table stands: before the first line below its top.
            var at = lines.FindIndex(l => l.Baseline < table.Top);
            lines.InsertRange(at < 0 ? lines.Count : at, PdfRuledRows.Read(table, tableLetters, sideways));
        }

        if (sideways.Length > 0 && sideways.ToString().Trim() is { Length: > 0 } margin)
        {
            // Text set at another angle (a marking or running header up the margin) is kept as a line of its own after the
            // page's text: cleaning takes it away as furniture when it repeats, and a protective marking in it still counts.
            lines.Add(new PdfLine(margin, [margin], double.MinValue, 0, 0, 0, false, margin.Length));
        }

        return lines;
    }

    /// <summary>
    /// A note at the foot of a page (in smaller type than the page's text, below all of it) whose number touches its first word
    /// ("1The letter ...", as LibreOffice sets a note's number at the note's own size and baseline) keeps the number a word apart.
    /// </summary>
    internal static void SeparateNoteNumbers(List<PdfLine> lines)
    {
        var sizes = new Dictionary<double, int>();
        foreach (var line in lines)
        {
            sizes[line.FontSize] = sizes.GetValueOrDefault(line.FontSize) + line.Characters;
        }

        if (sizes.Count < 2)
        {
            return;
        }

        var body = sizes.MaxBy(s => s.Value).Key;
        var lowestBody = lines.Where(l => l.FontSize >= body).Min(l => l.Baseline);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.FontSize < 0.95 * body && line.Baseline < lowestBody && line.Cells.Count > 0
                && NoteNumberTouchingWord().Match(line.Text) is { Success: true } number
                && line.Cells[0].StartsWith(number.Value, StringComparison.Ordinal))
            {
                var cells = line.Cells.ToList();
                cells[0] = number.Value + " " + cells[0][number.Length..];
                lines[i] = line with { Text = number.Value + " " + line.Text[number.Length..], Cells = cells };
            }
        }
    }

    /// <summary>
    /// A drop cap (one large letter opening a paragraph, set down beside its first two or more lines) is the first letter of
    /// the paragraph's first line: read on its own it sits on a lower line's baseline and cuts "Ofsted" into "O" and "fsted".
    /// </summary>
    internal static void JoinDropCaps(List<PdfRun> runs)
    {
        for (var i = runs.Count - 1; i >= 0; i--)
        {
            var cap = runs[i];
            if (cap.Characters != 1 || cap.Text.Length != 1 || !char.IsLetter(cap.Text[0]))
            {
                continue;
            }

            // The lines beside it: smaller type at most half its size, starting just right of it, with baselines from its own
            // up to its top.
            var beside = runs.Where(r => r != cap && r.Size * 2 <= cap.Size
                    && r.Left >= cap.Right - (0.2 * r.Size) && r.Left <= cap.Right + (2 * r.Size)
                    && r.Baseline >= cap.Baseline - (0.3 * r.Size) && r.Baseline <= cap.Baseline + (0.8 * cap.Size))
                .ToList();
            if (beside.Count < 2)
            {
                continue;
            }

            var first = beside.MaxBy(r => r.Baseline)!;
            first.PrependDropCap(cap.Text[0], cap.Left);
            runs.RemoveAt(i);
        }
    }

    /// <summary>Runs grouped by baseline into lines, top first; wide gaps within a line make table cells.</summary>
    internal static List<PdfLine> GroupIntoLines(List<PdfRun> runs)
    {
        runs.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));

        var lines = new List<PdfLine>();
        var group = new List<PdfRun>();
        foreach (var run in runs)
        {
            if (group.Count > 0 && Math.Abs(group[0].Baseline - run.Baseline) > 0.35 * Math.Max(group[0].Size, run.Size))
            {
                lines.Add(ToLine(group));
                group.Clear();
            }

            group.Add(run);
        }

        if (group.Count > 0)
        {
            lines.Add(ToLine(group));
        }

        return lines;
    }

    // Landscape tables are often set as rotated text on a portrait page; reading them in their own direction keeps their lines.
    private static TextOrientation DominantOrientation(ReadOnlySpan<int> counts)
    {
        var best = TextOrientation.Horizontal;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > counts[(int)best] && (TextOrientation)i != TextOrientation.Other)
            {
                best = (TextOrientation)i;
            }
        }

        return best;
    }

    // Maps a point into a frame where the text reads left to right along +x with +y up.
    private static (double X, double Y) Upright(double x, double y, TextOrientation orientation) => orientation switch
    {
        TextOrientation.Rotate180 => (-x, -y),
        // PdfPig's Rotate90 is text running down the page (tops of glyphs towards +x); Rotate270 runs up.
        TextOrientation.Rotate90 => (-y, x),
        TextOrientation.Rotate270 => (y, -x),
        _ => (x, y),
    };

    // Counts every letter's orientation into orientationCounts unless it is empty.
    internal static List<PdfRun> BuildRuns(IReadOnlyList<Letter> letters, TextOrientation orientation, Span<int> orientationCounts, StringBuilder sideways)
    {
        var runs = new List<PdfRun>();
        PdfRun? current = null;
        var pendingSpace = false;

        // Where the last blank glyph starts: a blank the next letter is drawn over took no room on the line.
        var blankStart = double.NegativeInfinity;

        // Where the current run's last letter or the note mark left out after it ends ("2024¹, and" goes on as "2024, and").
        var reach = 0.0;
        var boldFonts = new BoldFonts();
        var count = letters.Count;
        for (var i = 0; i < count; i++)
        {
            var letter = letters[i];
            if (!orientationCounts.IsEmpty)
            {
                orientationCounts[(int)letter.TextOrientation]++;
            }

            var value = letter.Value;
            if (string.IsNullOrWhiteSpace(value))
            {
                pendingSpace = true;
                blankStart = Upright(letter.StartBaseLine.X, letter.StartBaseLine.Y, orientation).X;
                continue;
            }

            if (letter.TextOrientation != orientation)
            {
                // Text at another angle than the page's own (margin stamps, sideways headers) would scramble lines.
                if (sideways.Length > 0 && pendingSpace)
                {
                    sideways.Append(' ');
                }

                sideways.Append(value);
                pendingSpace = false;
                continue;
            }

            var size = letter.PointSize > 0 ? letter.PointSize : 10;
            var (x, y) = Upright(letter.StartBaseLine.X, letter.StartBaseLine.Y, orientation);
            var end = Upright(letter.EndBaseLine.X, letter.EndBaseLine.Y, orientation).X;
            if (current is not null && IsNoteMark(value, size, x, y, current, reach))
            {
                // A footnote's number raised after a word ("in response.¹") is no word of the sentence: read into the line it
                // glues itself to the word ("2024¹" becomes "20241"), and raised above it, it makes a line of its own that
                // splits the paragraph. The note itself, at the foot of the page, keeps its number.
                reach = Math.Max(reach, end);
                continue;
            }

            if (pendingSpace && current is not null && x <= blankStart + 0.05 * size)
            {
                // A blank the next letter is drawn over is no space a reader sees: Chromium writes a soft hyphen inside a word
                // ("summar\u00ADises", read as a blank) and moves back over it. The gap to the letter decides, as without it.
                pendingSpace = false;
            }

            if (current is not null)
            {
                var gap = x - Math.Max(current.Right, reach);
                // A note's number raised by more than a third of the note's size (Chromium sets <sup> so, and a space after it)
                // would stand as a line of its own above the note: it opens the note's line, and the run takes that baseline.
                var opensNote = OpensWithNoteMark(current, size, y) && current.Baseline - y <= 0.67 * size;
                if (opensNote)
                {
                    current.Rebase(y);
                }

                var sameLine = opensNote || Math.Abs(y - current.Baseline) <= 0.35 * Math.Max(size, current.Size);
                if (!sameLine || gap < -0.5 * size || gap > RunGapEm * size)
                {
                    current.CloseUpLetterSpacing(WordGapEm);
                    runs.Add(current);
                    current = null;
                }
                else if (pendingSpace || opensNote)
                {
                    // A note's own number, raised and smaller at the start of the note ("¹The letter ..."), is a word of its
                    // own: set touching the note's first word, it glued itself to it ("1The").
                    current.Text.Append(' ');
                    current.WordGaps.Add(gap);
                }
                else if (gap > WordGapEm * size)
                {
                    current.AddImpliedSpace(gap);
                }
                else
                {
                    current.LetterGaps.Add(gap);
                }
            }

            pendingSpace = false;
            current ??= new PdfRun(x, y, size);
            reach = end;
            current.Add(value, size, end, boldFonts.IsBold(letter));
        }

        if (current is not null)
        {
            current.CloseUpLetterSpacing(WordGapEm);
            runs.Add(current);
        }

        return runs;
    }

    // A note mark: digits, an asterisk or a dagger set smaller than the run it follows, raised by a fifth to two thirds of that
    // run's size, touching its last letter.
    private static bool IsNoteMark(string value, double size, double x, double y, PdfRun current, double reach)
    {
        if (value.Length != 1 || !(char.IsAsciiDigit(value[0]) || value[0] is '*' or '\u2020' or '\u2021') || size > NoteMarkSize * current.Size)
        {
            return false;
        }

        var raise = y - current.Baseline;
        var gap = x - Math.Max(current.Right, reach);
        return raise >= 0.2 * current.Size && raise <= 0.67 * current.Size
            && gap >= -0.1 * current.Size && gap <= 0.3 * current.Size;
    }

    // A run that is only a note mark (one to three digits, asterisks or daggers), smaller than the letter after it and raised
    // above that letter's baseline by a fifth of its size or more: the number that opens a footnote.
    private static bool OpensWithNoteMark(PdfRun current, double size, double y)
    {
        var text = current.Text;
        if (text.Length is 0 or > 3 || current.Size > NoteMarkSize * size || current.Baseline - y < 0.2 * size)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!(char.IsAsciiDigit(text[i]) || text[i] is '*' or '\u2020' or '\u2021'))
            {
                return false;
            }
        }

        return true;
    }

    internal static PdfLine ToLine(List<PdfRun> group)
    {
        group.Sort((a, b) => a.Left.CompareTo(b.Left));
        var typicalGap = TypicalWordGap(group);
        var cells = new List<string>();
        var cell = new StringBuilder();
        double previousRight = double.NaN;
        double size = 0;
        int characters = 0, boldCharacters = 0;
        var sizeWeights = new Dictionary<double, int>();
        PdfRun? previous = null;
        foreach (var run in group)
        {
            // Fake bold draws the same text twice, a hair apart; keep one copy.
            if (previous is not null && Math.Abs(previous.Left - run.Left) < 0.2 * run.Size && previous.Text.Equals(run.Text))
            {
                continue;
            }

            previous = run;
            if (!double.IsNaN(previousRight))
            {
                // Justified lines stretch every space alike; only a gap well beyond the line's usual spacing separates cells.
                var gap = run.Left - previousRight;
                if (gap > CellGapEm * run.Size && gap > CellGapSpread * typicalGap)
                {
                    cells.Add(cell.ToString());
                    cell.Clear();
                }
                else if (cell.Length > 0 && cell[^1] != ' ' && run.Text[0] != ' ')
                {
                    cell.Append(' ');
                }
            }

            cell.Append(run.Text);
            previousRight = Math.Max(double.IsNaN(previousRight) ? run.Right : previousRight, run.Right);
            characters += run.Characters;
            boldCharacters += run.BoldCharacters;
            var key = Math.Round(run.Size * 2) / 2;
            sizeWeights[key] = sizeWeights.GetValueOrDefault(key) + run.Characters;
        }

        cells.Add(cell.ToString());
        var best = 0;
        foreach (var (key, weight) in sizeWeights)
        {
            if (weight > best)
            {
                best = weight;
                size = key;
            }
        }

        var trimmed = cells.Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        return new PdfLine(
            string.Join(" ", trimmed),
            trimmed,
            group.Average(r => r.Baseline),
            group[0].Left,
            group.Max(r => r.Right),
            size,
            boldCharacters * 2 > characters,
            characters);
    }

    private static double TypicalWordGap(List<PdfRun> group)
    {
        var gaps = new List<double>();
        for (var i = 0; i < group.Count; i++)
        {
            gaps.AddRange(group[i].WordGaps);
            if (i > 0)
            {
                gaps.Add(group[i].Left - group[i - 1].Right);
            }
        }

        if (gaps.Count == 0)
        {
            return 0;
        }

        gaps.Sort();
        return gaps[gaps.Count / 2];
    }

    // Letters of one font share its name and details objects, and runs of one font are long: the last answer is kept
    // rather than searching the name three times for every letter.
    private struct BoldFonts
    {
        private string? _name;
        private FontDetails? _details;
        private bool _known;
        private bool _bold;

        public bool IsBold(Letter letter)
        {
            var name = letter.FontName;
            var details = letter.FontDetails;
            if (!_known || !ReferenceEquals(name, _name) || !ReferenceEquals(details, _details))
            {
                _name = name;
                _details = details;
                _known = true;
                _bold = details?.IsBold == true
                    || (name is not null && (name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
                        || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
                        || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)));
            }

            return _bold;
        }
    }

    // One or two digits, an asterisk or a dagger, then a capital and a small letter: "1The", "12Return", "*Figures".
    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{1,2}|[*\u2020\u2021])(?=\p{Lu}\p{Ll})")]
    private static partial System.Text.RegularExpressions.Regex NoteNumberTouchingWord();
}

using System.Text;

namespace Inspection.Ingestion.Pdf;

/// <summary>Letters on one baseline with no wide gap between them: a word group that layout places in a column or table cell.</summary>
internal sealed class PdfRun(double left, double baseline, double size)
{
    public StringBuilder Text { get; } = new();

    public List<double> WordGaps { get; } = [];

    public double Left { get; private set; } = left;

    public double Baseline { get; private set; } = baseline;

    /// <summary>Puts the run on another baseline: a raised mark that opens it belongs to the line of the text it opens.</summary>
    public void Rebase(double onto) => Baseline = onto;

    public double Size { get; private set; } = size;

    public double Right { get; private set; } = left;

    public int Characters { get; private set; }

    public int BoldCharacters { get; private set; }

    public int Words => WordGaps.Count + 1;

    /// <summary>Gaps between letters read as one word (no space glyph, no wide gap).</summary>
    public List<double> LetterGaps { get; } = [];

    // Spaces put in for a gap alone (no space glyph): where in the text, and which word gap.
    private readonly List<(int Index, int Gap)> _impliedSpaces = [];

    // Letters spaced out by more than this share of the size are tracked out on purpose (a masthead in spaced capitals).
    private const double TrackingEm = 0.06;

    /// <summary>Puts a drop cap's letter before the run's first letter and starts the run where the drop cap starts.</summary>
    public void PrependDropCap(char letter, double left)
    {
        Text.Insert(0, letter);
        Characters++;
        Left = left;
    }

    public void AddImpliedSpace(double gap)
    {
        _impliedSpaces.Add((Text.Length, WordGaps.Count));
        Text.Append(' ');
        WordGaps.Add(gap);
    }

    /// <summary>
    /// Takes out the spaces a letter-spaced run ("S A L L O W F I E L D  C I T Y") got for gaps only a little wider than its
    /// letters' own spacing: in text tracked out on purpose every letter stands apart, so a word gap must be wider than the
    /// run's usual gap between letters by as much as a word gap is wider than touching letters elsewhere.
    /// </summary>
    public void CloseUpLetterSpacing(double wordGapEm)
    {
        if (_impliedSpaces.Count == 0 || LetterGaps.Count + _impliedSpaces.Count < 6)
        {
            return;
        }

        var gaps = LetterGaps.Concat(_impliedSpaces.Select(s => WordGaps[s.Gap])).Order().ToList();
        var tracking = gaps[gaps.Count / 2];
        if (tracking < TrackingEm * Size)
        {
            return;
        }

        // From the end, so that earlier indices stay where they were.
        for (var i = _impliedSpaces.Count - 1; i >= 0; i--)
        {
            var (index, gap) = _impliedSpaces[i];
            if (WordGaps[gap] < tracking + (wordGapEm * Size))
            {
                Text.Remove(index, 1);
                LetterGaps.Add(WordGaps[gap]);
                WordGaps.RemoveAt(gap);
            }
        }

        _impliedSpaces.Clear();
    }

    public void Add(string value, double size, double end, bool bold)
    {
        Text.Append(value);
        Right = Math.Max(Right, end);
        Size = Math.Max(Size, size);
        Characters += value.Length;
        if (bold)
        {
            BoldCharacters += value.Length;
        }
    }
}

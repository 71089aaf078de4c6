using System.Text;

namespace Inspection.Ingestion.Pdf;

/// <summary>Letters on one baseline with no wide gap between them: a word group that layout places in a column or table cell.</summary>
internal sealed class PdfRun(double left, double baseline, double size)
{
    public StringBuilder Text { get; } = new();

    public List<double> WordGaps { get; } = [];

    public double Left { get; } = left;

    public double Baseline { get; } = baseline;

    public double Size { get; private set; } = size;

    public double Right { get; private set; } = left;

    public int Characters { get; private set; }

    public int BoldCharacters { get; private set; }

    public int Words => WordGaps.Count + 1;

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

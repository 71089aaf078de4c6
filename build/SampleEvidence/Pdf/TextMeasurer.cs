using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace SampleEvidence.Pdf;

/// <summary>Measures words in a standard 14 font and wraps text to a width.</summary>
internal sealed class TextMeasurer(PdfPageBuilder scratchPage)
{
    private const double ReferenceSize = 10;

    // The measured advance at size 10 scales linearly with font size, so each word is measured once.
    private readonly Dictionary<(PdfDocumentBuilder.AddedFont Font, string Word), double> _widths = [];

    public double Width(string text, PdfDocumentBuilder.AddedFont font, double size)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (!_widths.TryGetValue((font, text), out var width))
        {
            var letters = scratchPage.MeasureText(text, ReferenceSize, new PdfPoint(0, 0), font);
            width = letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
            _widths[(font, text)] = width;
        }

        return width * size / ReferenceSize;
    }

    public IReadOnlyList<string> Wrap(string text, PdfDocumentBuilder.AddedFont font, double size, double maxWidth)
    {
        var lines = new List<string>();
        var space = Width(" ", font, size);
        var current = new List<string>();
        var currentWidth = 0.0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordWidth = Width(word, font, size);
            var needed = current.Count == 0 ? wordWidth : currentWidth + space + wordWidth;
            if (needed > maxWidth && current.Count > 0)
            {
                lines.Add(string.Join(' ', current));
                current.Clear();
                needed = wordWidth;
            }

            current.Add(word);
            currentWidth = needed;
        }

        if (current.Count > 0)
        {
            lines.Add(string.Join(' ', current));
        }

        return lines;
    }
}

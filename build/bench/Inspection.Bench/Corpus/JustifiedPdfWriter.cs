using System.Globalization;
using System.Text;
using SampleEvidence.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Inspection.Bench.Corpus;

/// <summary>
/// Writes one multi-page A4 report the way office suites do: justified body text (each word placed on its own),
/// numbered paragraphs, bulleted lists, a running header and a page-number footer on every page.
/// </summary>
internal sealed class JustifiedPdfWriter : IDisposable
{
    private const double PageWidth = 595;
    private const double PageHeight = 842;
    private const double Left = 62;
    private const double Right = PageWidth - 62;
    private const double Top = PageHeight - 72;
    private const double Bottom = 64;
    private const double BodySize = 10.5;
    private const double Leading = 14.5;

    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private readonly TextMeasurer _measurer;
    private readonly string _header;
    private PdfPageBuilder _page;
    private double _y;

    public JustifiedPdfWriter(string runningHeader)
    {
        _header = Ascii(runningHeader);
        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
        _page = _builder.AddPage(PageSize.A4);
        _measurer = new TextMeasurer(_page);
        Decorate();
    }

    public int Pages { get; private set; } = 1;

    public void Heading(string text, double size)
    {
        var lines = _measurer.Wrap(Ascii(text), _bold, size, Right - Left);
        EnsureSpace((lines.Count * size * 1.3) + (3 * Leading) + 10);
        _y -= 8;
        foreach (var line in lines)
        {
            _y -= size;
            _page.AddText(line, size, new PdfPoint(Left, _y), _bold);
            _y -= size * 0.3;
        }

        _y -= 6;
    }

    public void Lines(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            EnsureSpace(Leading);
            _page.AddText(Ascii(line), BodySize, new PdfPoint(Left, _y - BodySize), _regular);
            _y -= Leading;
        }

        _y -= 7;
    }

    public void Paragraph(string text, string? number)
    {
        var indent = number is null ? 0 : 34;
        var lines = _measurer.Wrap(Ascii(text), _regular, BodySize, Right - Left - indent);
        if (number is not null)
        {
            EnsureSpace(Leading * Math.Min(2, lines.Count));
            _page.AddText(number, BodySize, new PdfPoint(Left, _y - BodySize), _regular);
        }

        Justified(lines, Left + indent);
        _y -= 7;
    }

    public void Bullets(IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            var lines = _measurer.Wrap(Ascii(item), _regular, BodySize, Right - Left - 30);
            EnsureSpace(Leading * Math.Min(2, lines.Count));
            _page.AddText("-", BodySize, new PdfPoint(Left + 12, _y - BodySize), _regular);
            Justified(lines, Left + 30);
            _y -= 3;
        }

        _y -= 4;
    }

    public byte[] Build(string title)
    {
        _builder.DocumentInformation.Title = Ascii(title);
        return _builder.Build();
    }

    public void Dispose() => _builder.Dispose();

    // Standard 14 fonts carry no glyphs beyond Latin-1; generated prose is folded to ASCII first.
    public static string Ascii(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(c switch
            {
                '\u2018' or '\u2019' => "'",
                '\u201C' or '\u201D' => "\"",
                '\u2013' or '\u2014' => "-",
                >= ' ' and <= '~' => c.ToString(),
                _ => string.Empty,
            });
        }

        return folded.ToString();
    }

    private void Justified(IReadOnlyList<string> lines, double x)
    {
        var width = Right - x;
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureSpace(Leading);
            var words = lines[i].Split(' ');
            var baseline = new PdfPoint(x, _y - BodySize);
            if (i == lines.Count - 1 || words.Length == 1)
            {
                _page.AddText(lines[i], BodySize, baseline, _regular);
            }
            else
            {
                var wordsWidth = words.Sum(w => _measurer.Width(w, _regular, BodySize));
                var gap = (width - wordsWidth) / (words.Length - 1);
                var at = x;
                foreach (var word in words)
                {
                    _page.AddText(word, BodySize, new PdfPoint(at, baseline.Y), _regular);
                    at += _measurer.Width(word, _regular, BodySize) + gap;
                }
            }

            _y -= Leading;
        }
    }

    private void EnsureSpace(double height)
    {
        if (_y - height < Bottom)
        {
            _page = _builder.AddPage(PageSize.A4);
            Pages++;
            Decorate();
        }
    }

    private void Decorate()
    {
        _page.SetTextAndFillColor(90, 90, 90);
        _page.AddText(_header, 8, new PdfPoint(Left, PageHeight - 40), _regular);
        var footer = string.Create(CultureInfo.InvariantCulture, $"Page {Pages}");
        _page.AddText(footer, 8.5, new PdfPoint((PageWidth - _measurer.Width(footer, _regular, 8.5)) / 2, 36), _regular);
        _page.ResetColor();
        _y = Top;
    }
}

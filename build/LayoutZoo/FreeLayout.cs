using System.Security.Cryptography;
using System.Text;
using SampleEvidence.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace LayoutZoo;

/// <summary>
/// Places text anywhere on A4 pages with PdfPig's writer. Each page's text is written top to bottom, left to right across
/// the whole width when the page is finished, as some producers do, so the content order says nothing of columns or boxes.
/// How each line is written is the producer's <see cref="Placement"/>: whole runs with their spaces, or each word or each
/// glyph placed on its own with no space character at all (only the gaps between them say where words end).
/// </summary>
internal sealed class FreeLayout : IDisposable
{
    public const double Width = 595;
    public const double Height = 842;

    private readonly PdfDocumentBuilder _builder = new();
    private readonly List<List<Draw>> _pages = [];
    private readonly List<List<(PdfRectangle Box, bool Fill)>> _shapes = [];
    private readonly TextMeasurer _measurer;
    private readonly Placement _placement;

    public FreeLayout(Placement placement = Placement.Runs)
    {
        _placement = placement;
        Regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        Bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
        Italic = _builder.AddStandard14Font(Standard14Font.HelveticaOblique);
        _measurer = new TextMeasurer(_builder.AddPage(PageSize.A4));
    }

    public PdfDocumentBuilder.AddedFont Regular { get; }

    public PdfDocumentBuilder.AddedFont Bold { get; }

    public PdfDocumentBuilder.AddedFont Italic { get; }

    public int PageCount => _pages.Count;

    public int NewPage()
    {
        _pages.Add([]);
        _shapes.Add([]);
        return _pages.Count - 1;
    }

    public double TextWidth(string text, PdfDocumentBuilder.AddedFont font, double size) => _measurer.Width(text, font, size);

    public void Text(int page, string text, double x, double baseline, double size, PdfDocumentBuilder.AddedFont? font = null) =>
        _pages[page].Add(new Draw(text, x, baseline, size, font ?? Regular));

    public void Box(int page, double left, double bottom, double width, double height, bool fill) =>
        _shapes[page].Add((new PdfRectangle(left, bottom, left + width, bottom + height), fill));

    /// <summary>Wraps text into a column from <paramref name="top"/> down; returns the baseline below the last line.</summary>
    public double Paragraph(int page, string text, double left, double width, double top, double size, double leading, PdfDocumentBuilder.AddedFont? font = null)
    {
        var y = top;
        foreach (var line in _measurer.Wrap(text, font ?? Regular, size, width))
        {
            y -= leading;
            Text(page, line, left, y, size, font);
        }

        return y;
    }

    /// <summary>A shaded box of short bulleted facts under a bold title (a sidebar at the top of a column); returns the box's bottom.</summary>
    public double Sidebar(int page, string title, IEnumerable<string> facts, double left, double width, double top)
    {
        Text(page, title, left + 8, top - 16, 11, Bold);
        var y = top - 20;
        foreach (var fact in facts)
        {
            Text(page, "\u2022", left + 8, y - 13, 9.5);
            y = Paragraph(page, fact, left + 20, width - 30, y, 9.5, 13);
        }

        Box(page, left, y - 8, width, top - y + 8, fill: true);
        return y - 8;
    }

    /// <summary>One line centred across the page (a pull-quote over the columns).</summary>
    public void Centred(int page, string text, double baseline, double size, PdfDocumentBuilder.AddedFont font) =>
        Text(page, text, (Width - TextWidth(text, font, size)) / 2, baseline, size, font);

    public byte[] Build(string title, string id)
    {
        // The scratch page used for measuring is the builder's first page; it is removed by building into a new document.
        using var output = new PdfDocumentBuilder();
        var regular = output.AddStandard14Font(Standard14Font.Helvetica);
        var bold = output.AddStandard14Font(Standard14Font.HelveticaBold);
        var italic = output.AddStandard14Font(Standard14Font.HelveticaOblique);
        for (var p = 0; p < _pages.Count; p++)
        {
            var page = output.AddPage(PageSize.A4);
            foreach (var (box, fill) in _shapes[p])
            {
                if (fill)
                {
                    page.SetTextAndFillColor(232, 238, 246);
                }

                page.SetStrokeColor(90, 90, 90);
                page.DrawRectangle(box.BottomLeft, box.Width, box.Height, 0.6, fill);
                page.ResetColor();
            }

            foreach (var draw in _pages[p].OrderByDescending(d => Math.Round(d.Baseline)).ThenBy(d => d.X))
            {
                var font = draw.Font == Bold ? bold : draw.Font == Italic ? italic : regular;
                foreach (var (piece, x) in Pieces(draw))
                {
                    page.AddText(piece, draw.Size, new PdfPoint(x, draw.Baseline), font);
                }
            }
        }

        output.DocumentInformation.Title = title;
        return FixedId(output.Build(), id);
    }

    public void Dispose() => _builder.Dispose();

    // The strings one draw is written as, each at its own x: the whole run, or its words, or its glyphs (spaces left out).
    private IEnumerable<(string Text, double X)> Pieces(Draw draw)
    {
        if (_placement == Placement.Runs)
        {
            yield return (draw.Text, draw.X);
            yield break;
        }

        var start = 0;
        while (start < draw.Text.Length)
        {
            if (draw.Text[start] == ' ')
            {
                start++;
                continue;
            }

            var end = _placement == Placement.Glyphs ? start + 1 : draw.Text.IndexOf(' ', start) is var space and >= 0 ? space : draw.Text.Length;
            yield return (draw.Text[start..end], draw.X + (start == 0 ? 0 : TextWidth(draw.Text[..start], draw.Font, draw.Size)));
            start = end;
        }
    }

    // PdfPig writes a random trailer /ID; a fixed one keeps the zoo's files identical from run to run.
    private static byte[] FixedId(byte[] pdf, string id)
    {
        var marker = Encoding.ASCII.GetBytes("/ID [ <");
        var start = pdf.AsSpan().LastIndexOf(marker);
        if (start < 0)
        {
            return pdf;
        }

        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..32]);
        var first = start + marker.Length;
        hex.CopyTo(pdf, first);
        hex.CopyTo(pdf, Array.IndexOf(pdf, (byte)'<', first) + 1);
        return pdf;
    }

    private sealed record Draw(string Text, double X, double Baseline, double Size, PdfDocumentBuilder.AddedFont Font);
}

/// <summary>How a producer writes a line of text into the page's content.</summary>
internal enum Placement
{
    /// <summary>Each run whole, spaces included (PdfPig's writer as it is used elsewhere in the zoo).</summary>
    Runs,

    /// <summary>Each word on its own at its own position, with no space characters.</summary>
    Words,

    /// <summary>Each glyph on its own at its own position, with no space characters.</summary>
    Glyphs,
}

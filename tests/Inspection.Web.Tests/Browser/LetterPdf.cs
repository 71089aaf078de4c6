using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Inspection.Web.Tests.Browser;

/// <summary>An inspection letter laid out on A4 pages with PdfPig's writer, as a browser test uploads it: lines, headings, paragraphs, bullets, page breaks.</summary>
internal sealed class LetterPdf : IDisposable
{
    private const double Left = 62;
    private const double Right = 533;
    private const double Top = 770;
    private const double Bottom = 64;
    private const double BodySize = 10.5;
    private const double Leading = 14.5;

    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private PdfPageBuilder _page;
    private double _y = Top;

    public LetterPdf()
    {
        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
        _page = _builder.AddPage(PageSize.A4);
    }

    public LetterPdf Lines(params string[] lines)
    {
        foreach (var line in lines)
        {
            Write(line, _regular, BodySize, Left);
        }

        _y -= 7;
        return this;
    }

    public LetterPdf Heading(string text)
    {
        _y -= 10;
        foreach (var line in Wrap(text, _bold, 13.5, Right - Left))
        {
            Write(line, _bold, 13.5, Left);
        }

        _y -= 5;
        return this;
    }

    public LetterPdf Paragraph(string text)
    {
        foreach (var line in Wrap(text, _regular, BodySize, Right - Left))
        {
            Write(line, _regular, BodySize, Left);
        }

        _y -= 7;
        return this;
    }

    public LetterPdf Bullets(params string[] items)
    {
        foreach (var item in items)
        {
            _page.AddText("\u2022", BodySize, new PdfPoint(Left + 12, _y - BodySize), _regular);
            foreach (var line in Wrap(item, _regular, BodySize, Right - Left - 30))
            {
                Write(line, _regular, BodySize, Left + 30);
            }

            _y -= 3;
        }

        _y -= 4;
        return this;
    }

    public LetterPdf NewPage()
    {
        _page = _builder.AddPage(PageSize.A4);
        _y = Top;
        return this;
    }

    public byte[] Build() => _builder.Build();

    public void Dispose() => _builder.Dispose();

    private void Write(string line, PdfDocumentBuilder.AddedFont font, double size, double x)
    {
        if (_y - Leading < Bottom)
        {
            NewPage();
        }

        _page.AddText(line, size, new PdfPoint(x, _y - size), font);
        _y -= Leading;
    }

    private List<string> Wrap(string text, PdfDocumentBuilder.AddedFont font, double size, double width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Width(candidate, font, size) > width)
            {
                lines.Add(current);
                candidate = word;
            }

            current = candidate;
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    private double Width(string text, PdfDocumentBuilder.AddedFont font, double size)
    {
        var letters = _page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }
}

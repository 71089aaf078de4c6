using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SampleEvidence.Model;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace SampleEvidence.Pdf;

/// <summary>Lays out a <see cref="SampleDocument"/> on A4 pages with PdfPig's document builder.</summary>
internal sealed class PdfRenderer : IDisposable
{
    private const double PageWidth = 595;
    private const double PageHeight = 842;
    private const double Left = 62;
    private const double Right = PageWidth - 62;
    private const double Top = PageHeight - 72;
    private const double Bottom = 64;
    private const double BodySize = 10.5;
    private const double BodyLeading = 14.5;
    private const double ParagraphGap = 7;
    private const double TableSize = 8.5;
    private const double TableLeading = 11;
    private const double CellPadding = 4;

    private readonly SampleDocument _document;
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private readonly TextMeasurer _measurer;
    private PdfPageBuilder _page;
    private int _pageNumber;
    private double _y;

    private PdfRenderer(SampleDocument document)
    {
        _document = document;
        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
        _page = _builder.AddPage(PageSize.A4);
        _measurer = new TextMeasurer(_page);
        Decorate(_page);
    }

    public static byte[] Render(SampleDocument document)
    {
        using var renderer = new PdfRenderer(document);
        foreach (var block in document.Blocks)
        {
            renderer.Write(block);
        }

        renderer._builder.DocumentInformation.Title = document.Title;
        renderer._builder.DocumentInformation.Author = document.Author;
        renderer._builder.DocumentInformation.Subject = document.Subject;
        return FixDocumentId(renderer._builder.Build(), document.FileName);
    }

    public void Dispose() => _builder.Dispose();

    // PdfPig writes a random trailer /ID; replace it in place (same length) so that output is reproducible.
    private static byte[] FixDocumentId(byte[] pdf, string fileName)
    {
        var marker = Encoding.ASCII.GetBytes("/ID [ <");
        var start = pdf.AsSpan().LastIndexOf(marker);
        if (start < 0)
        {
            return pdf;
        }

        var hex = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(fileName)))[..32];
        var first = start + marker.Length;
        var second = Array.IndexOf(pdf, (byte)'<', first) + 1;
        Encoding.ASCII.GetBytes(hex).CopyTo(pdf, first);
        Encoding.ASCII.GetBytes(hex).CopyTo(pdf, second);
        return pdf;
    }

    private PdfPageBuilder NewPage()
    {
        var page = _builder.AddPage(PageSize.A4);
        Decorate(page);
        return page;
    }

    private void Decorate(PdfPageBuilder page)
    {
        _pageNumber++;
        page.SetTextAndFillColor(90, 90, 90);
        if (_document.RunningHeader is { } header)
        {
            page.AddText(Check(header), 8, new PdfPoint(Left, PageHeight - 40), _regular);
            page.SetStrokeColor(150, 150, 150);
            page.DrawLine(new PdfPoint(Left, PageHeight - 46), new PdfPoint(Right, PageHeight - 46), 0.5);
        }

        var footer = string.Create(CultureInfo.InvariantCulture, $"Page {_pageNumber}");
        var footerWidth = _measurer.Width(footer, _regular, 8.5);
        page.AddText(footer, 8.5, new PdfPoint((PageWidth - footerWidth) / 2, 36), _regular);
        page.ResetColor();
        _y = Top;
    }

    private void EnsureSpace(double height)
    {
        if (_y - height < Bottom)
        {
            _page = NewPage();
        }
    }

    private void Write(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                WriteHeading(heading);
                break;
            case ParagraphBlock paragraph:
                WriteParagraph(paragraph);
                break;
            case ListBlock list:
                WriteList(list);
                break;
            case TableBlock table:
                WriteTable(table);
                break;
            case LinesBlock lines:
                WriteLines(lines);
                break;
            case SpacerBlock spacer:
                _y -= spacer.Points;
                break;
            case PageBreakBlock:
                _page = NewPage();
                break;
            default:
                throw new NotSupportedException(block.GetType().Name);
        }
    }

    private void WriteHeading(HeadingBlock heading)
    {
        var size = heading.Level switch
        {
            1 => 17.0,
            2 => 13.5,
            _ => 11.5,
        };
        var lines = _measurer.Wrap(Check(heading.Text), _bold, size, Right - Left);
        var leading = size * 1.3;
        var before = heading.Level == 1 ? 4 : 10;

        // Keep a heading with at least three lines of what follows it.
        EnsureSpace(before + (lines.Count * leading) + (3 * BodyLeading));
        if (_y < Top)
        {
            _y -= before;
        }

        foreach (var line in lines)
        {
            _y -= size;
            _page.AddText(line, size, new PdfPoint(Left, _y), _bold);
            _y -= leading - size;
        }

        _y -= heading.Level == 1 ? 10 : 5;
    }

    private void WriteParagraph(ParagraphBlock paragraph)
    {
        var indent = paragraph.Number is null ? 0 : 34;
        var font = paragraph.Bold ? _bold : _regular;
        var lines = _measurer.Wrap(Check(paragraph.Text), font, BodySize, Right - Left - indent);
        if (paragraph.Number is { } number)
        {
            EnsureSpace(BodyLeading * Math.Min(2, lines.Count));
            _page.AddText(number, BodySize, new PdfPoint(Left, _y - BodySize), _regular);
        }

        WriteWrapped(lines, font, Left + indent, BodySize, BodyLeading);
        _y -= ParagraphGap;
    }

    private void WriteWrapped(IReadOnlyList<string> lines, PdfDocumentBuilder.AddedFont font, double x, double size, double leading)
    {
        foreach (var line in lines)
        {
            EnsureSpace(leading);
            _page.AddText(line, size, new PdfPoint(x, _y - size), font);
            _y -= leading;
        }
    }

    private void WriteList(ListBlock list)
    {
        const double markerX = Left + 12;
        const double textX = Left + 30;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var lines = _measurer.Wrap(Check(list.Items[i]), _regular, BodySize, Right - textX);
            EnsureSpace(BodyLeading * Math.Min(2, lines.Count));
            var marker = list.Numbered ? string.Create(CultureInfo.InvariantCulture, $"{i + 1}.") : "\u2022";
            _page.AddText(marker, BodySize, new PdfPoint(markerX, _y - BodySize), _regular);
            WriteWrapped(lines, _regular, textX, BodySize, BodyLeading);
            _y -= 3;
        }

        _y -= ParagraphGap - 3;
    }

    private void WriteLines(LinesBlock block)
    {
        var font = block.Bold ? _bold : _regular;
        foreach (var line in block.Lines)
        {
            EnsureSpace(BodyLeading);
            var text = Check(line);
            var x = block.Alignment == LineAlignment.Right ? Right - _measurer.Width(text, font, BodySize) : Left;
            if (text.Length > 0)
            {
                _page.AddText(text, BodySize, new PdfPoint(x, _y - BodySize), font);
            }

            _y -= BodyLeading;
        }

        _y -= ParagraphGap;
    }

    private void WriteTable(TableBlock table)
    {
        var total = table.ColumnWeights.Sum();
        var widths = table.ColumnWeights.Select(w => w / total * (Right - Left)).ToArray();

        // A short table is not split across pages: a reader compares its rows at a glance.
        var tableHeight = RowHeight(Wrap(table.Headers, widths, _bold)) + table.Rows.Sum(r => RowHeight(Wrap(r, widths, _regular)));
        if (tableHeight < (Top - Bottom) / 2 && _y - tableHeight < Bottom)
        {
            _page = NewPage();
        }

        WriteRow(table.Headers, widths, header: true);
        foreach (var row in table.Rows)
        {
            if (!WriteRow(row, widths, header: false))
            {
                // The row did not fit: it starts a new page under a repeated header row.
                _page = NewPage();
                WriteRow(table.Headers, widths, header: true);
                WriteRow(row, widths, header: false);
            }
        }

        _y -= ParagraphGap + 4;
    }

    private bool WriteRow(IReadOnlyList<string> cells, double[] widths, bool header)
    {
        var font = header ? _bold : _regular;
        var wrapped = Wrap(cells, widths, font);
        var height = RowHeight(wrapped);
        if (_y - height < Bottom)
        {
            if (!header)
            {
                return false;
            }

            _page = NewPage();
        }

        if (header)
        {
            _page.SetTextAndFillColor(225, 230, 238);
            _page.DrawRectangle(new PdfPoint(Left, _y - height), Right - Left, height, 0, fill: true);
            _page.ResetColor();
        }

        var x = Left;
        for (var i = 0; i < wrapped.Length; i++)
        {
            var lineY = _y - CellPadding - TableSize;
            foreach (var line in wrapped[i])
            {
                _page.AddText(line, TableSize, new PdfPoint(x + CellPadding, lineY), font);
                lineY -= TableLeading;
            }

            x += widths[i];
        }

        _y -= height;
        _page.SetStrokeColor(120, 120, 120);
        _page.DrawLine(new PdfPoint(Left, _y), new PdfPoint(Right, _y), header ? 0.9 : 0.4);
        _page.ResetColor();
        return true;
    }

    private IReadOnlyList<string>[] Wrap(IReadOnlyList<string> cells, double[] widths, PdfDocumentBuilder.AddedFont font) =>
        cells.Select((c, i) => _measurer.Wrap(Check(c), font, TableSize, widths[i] - (2 * CellPadding))).ToArray();

    private static double RowHeight(IReadOnlyList<string>[] wrapped) =>
        (wrapped.Max(w => Math.Max(1, w.Count)) * TableLeading) + (2 * CellPadding) - 2;

    // Helvetica's standard encoding has no accented letters: fail loudly rather than write a wrong glyph.
    private static string Check(string text)
    {
        foreach (var c in text)
        {
            if (c > '~' && "\u2013\u2014\u2018\u2019\u201C\u201D\u00A3\u2022".IndexOf(c, StringComparison.Ordinal) < 0)
            {
                throw new ArgumentException($"Character U+{(int)c:X4} is not in Helvetica's encoding: {text}", nameof(text));
            }
        }

        return text;
    }
}

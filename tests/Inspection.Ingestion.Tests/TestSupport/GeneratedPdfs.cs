using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Inspection.Ingestion.Tests.TestSupport;

/// <summary>Small PDFs built with PdfPig's writer for the cases the corpus lacks.</summary>
internal static partial class GeneratedPdfs
{
    public static byte[] WithText(params string[] pageTexts)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var text in pageTexts)
        {
            var page = builder.AddPage(595, 842);
            page.AddText(text, 12, new PdfPoint(72, 720), font);
        }

        return builder.Build();
    }

    /// <summary>A page where each line is drawn twice, 0.4 pt apart, as some producers fake bold.</summary>
    public static byte[] DoubleStruck(params string[] lines)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        for (var i = 0; i < lines.Length; i++)
        {
            page.AddText(lines[i], 11, new PdfPoint(72, 700 - (i * 14)), font);
            page.AddText(lines[i], 11, new PdfPoint(72.4, 700 - (i * 14)), font);
        }

        return builder.Build();
    }

    /// <summary>One page set in two text columns, written line by line across both so content order does not help.</summary>
    public static byte[] TwoColumns(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            var y = 760 - (i * 12);
            if (i < left.Count)
            {
                page.AddText(left[i], 10, new PdfPoint(50, y), font);
            }

            if (i < right.Count)
            {
                page.AddText(right[i], 10, new PdfPoint(320, y), font);
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// A lead-in line and a list whose bullets are drawn as small filled squares (as Chromium prints them), set as tightly as
    /// the lines of one paragraph.
    /// </summary>
    public static byte[] DrawnBullets(string leadIn, IReadOnlyList<string> items)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        page.AddText(leadIn, 11, new PdfPoint(72, 700), font);
        for (var i = 0; i < items.Count; i++)
        {
            var y = 700 - ((i + 1) * 14);
            page.DrawRectangle(new PdfPoint(76, y + 2.5), 3.5, 3.5, 0.5, fill: true);
            page.AddText(items[i], 11, new PdfPoint(90, y), font);
        }

        return builder.Build();
    }

    /// <summary>
    /// One page with a table whose cells are boxed by drawn rules, each column as wide as its longest text plus 3 pt, so
    /// the gap between two cells' words is narrower than a word space at a paragraph's line end. Rules are stroked lines,
    /// or thin filled boxes as Chromium draws borders.
    /// </summary>
    public static byte[] RuledTable(IReadOnlyList<string[]> rows, bool filledRules)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(842, 595);
        const double size = 9, padding = 1.5, rowHeight = 14, left = 40, top = 520;
        var widths = new double[rows[0].Length];
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                var letters = page.MeasureText(row[c], size, new PdfPoint(0, 0), font);
                widths[c] = Math.Max(widths[c], letters.Count == 0 ? 0 : letters.Max(l => l.EndBaseLine.X));
            }
        }

        var xs = new List<double> { left };
        foreach (var width in widths)
        {
            xs.Add(xs[^1] + width + (2 * padding));
        }

        page.AddText("Actions agreed after the inspection", 11, new PdfPoint(left, top + 20), font);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                page.AddText(rows[r][c], size, new PdfPoint(xs[c] + padding, top - (r * rowHeight) - 10), font);
            }
        }

        var bottom = top - (rows.Count * rowHeight);
        void Rule(PdfPoint from, PdfPoint to)
        {
            if (filledRules)
            {
                page.DrawRectangle(new PdfPoint(Math.Min(from.X, to.X) - 0.3, Math.Min(from.Y, to.Y) - 0.3), Math.Abs(to.X - from.X) + 0.6, Math.Abs(to.Y - from.Y) + 0.6, 0, fill: true);
            }
            else
            {
                page.DrawLine(from, to, 0.5);
            }
        }

        for (var r = 0; r <= rows.Count; r++)
        {
            Rule(new PdfPoint(xs[0], top - (r * rowHeight)), new PdfPoint(xs[^1], top - (r * rowHeight)));
        }

        foreach (var x in xs)
        {
            Rule(new PdfPoint(x, top), new PdfPoint(x, bottom));
        }

        page.AddText("The board will review these actions in December.", 11, new PdfPoint(left, bottom - 24), font);
        return builder.Build();
    }

    /// <summary>A page of vector graphics only, as a scanned or drawn page has no letters.</summary>
    public static byte[] WithoutText(int pages)
    {
        using var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
        {
            var page = builder.AddPage(595, 842);
            page.DrawRectangle(new PdfPoint(72, 500), 300, 200, 2);
            page.DrawLine(new PdfPoint(72, 400), new PdfPoint(400, 300));
        }

        return builder.Build();
    }

    /// <summary>A hand-written PDF whose text runs down the page (a landscape table set sideways), two lines of it.</summary>
    public static byte[] SidewaysText(string firstLine, string secondLine)
    {
        // Text matrix [0 -1 1 0 x y]: glyphs rotated a quarter turn clockwise; the next line sits at a smaller x.
        var content = $"BT /F1 12 Tf 0 -1 1 0 300 700 Tm ({firstLine}) Tj 0 -1 1 0 285 700 Tm ({secondLine}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            string.Create(CultureInfo.InvariantCulture, $"<< /Length {content.Length} >>\nstream\n{content}\nendstream"),
        ];

        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = sb.Length;
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    /// <summary>Adds, as an incremental update, a Standard security handler whose password checks fail for every password.</summary>
    public static byte[] Encrypted()
    {
        var original = WithText("Confidential minutes of the corporate parenting panel.");
        var text = Encoding.Latin1.GetString(original);
        var previousXref = int.Parse(StartXref().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var size = int.Parse(TrailerSize().Matches(text)[^1].Groups[1].Value, CultureInfo.InvariantCulture);
        var root = TrailerRoot().Matches(text)[^1].Groups[1].Value;

        var sb = new StringBuilder(text);
        sb.Append('\n');
        var objectOffset = sb.Length;
        var junk = new string('7', 64);
        sb.Append(CultureInfo.InvariantCulture, $"{size} 0 obj\n<< /Filter /Standard /V 1 /R 2 /O <{junk}> /U <{junk}> /P -44 >>\nendobj\n");
        var xrefOffset = sb.Length;
        sb.Append(CultureInfo.InvariantCulture, $"xref\n{size} 1\n{objectOffset:D10} 00000 n \n");
        sb.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size + 1} /Root {root} /Prev {previousXref} /Encrypt {size} 0 R ");
        sb.Append("/ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>] >>\n");
        sb.Append(CultureInfo.InvariantCulture, $"startxref\n{xrefOffset}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex TrailerSize();

    [GeneratedRegex(@"/Root\s+(\d+\s+\d+\s+R)")]
    private static partial Regex TrailerRoot();
}

using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Inspection.Ingestion.Ocr;

/// <summary>
/// Reads Tesseract's hOCR output: the page's size, each line's box, baseline and text height, and each word with its box
/// and confidence. hOCR rather than TSV because only it carries the line model that sizes and straightens a scanned page.
/// A page fed into the scanner sideways or upside down is given upright: Tesseract reads its lines running down, up or
/// backwards across the image but gives their boxes as they lie there, which layout would take for columns one word wide
/// or read from the bottom up.
/// </summary>
internal static partial class HocrReader
{
    public static OcrPage Read(string hocr)
    {
        int width = 0, height = 0;
        var lines = new List<(int[] Box, double Slope, double Offset, double Size)>();
        var words = new List<OcrWord>();
        foreach (Match element in Element().Matches(hocr))
        {
            var title = element.Groups["title"].Value;
            if (Box(title) is not { } box)
            {
                continue;
            }

            switch (element.Groups["class"].Value)
            {
                case "ocr_page":
                    (width, height) = (box[2] - box[0], box[3] - box[1]);
                    break;
                case "ocrx_word":
                    var text = Word(hocr, element.Index + element.Length);
                    if (text.Length > 0 && lines.Count > 0)
                    {
                        var confidence = Number(WordConfidence().Match(title)) ?? 0;
                        words.Add(new OcrWord(text, box[0], box[1], box[2] - box[0], box[3] - box[1], lines.Count - 1, Math.Max(0, confidence)));
                    }

                    break;
                default:
                    var baseline = Baseline().Match(title);
                    var slope = baseline.Success ? double.Parse(baseline.Groups["slope"].Value, CultureInfo.InvariantCulture) : 0;
                    var offset = baseline.Success ? double.Parse(baseline.Groups["offset"].Value, CultureInfo.InvariantCulture) : 0;
                    var size = Number(TextHeight().Match(title)) ?? box[3] - box[1];
                    lines.Add((box, slope, offset, size));
                    break;
            }
        }

        return Turn(words) switch
        {
            0 => new OcrPage(width, height, words) { Lines = [.. lines.Select(l => new OcrLine(l.Box[0], l.Box[3], l.Box[2], l.Slope, l.Offset, l.Size))] },
            var turn => Upright(width, height, turn, words, lines),
        };
    }

    // Which way the page's lines run: 0 across the image as usual, 1 down it (the page was turned a quarter clockwise), -1 up
    // it (anticlockwise), 2 backwards across it (upside down). Each line of two words or more votes by its words, from its
    // first word's centre to its last's; a sideways stamp in the margin of an upright page is outvoted by the page's text.
    private static int Turn(List<OcrWord> words)
    {
        int across = 0, back = 0, down = 0, up = 0;
        var start = 0;
        for (var i = 1; i <= words.Count; i++)
        {
            if (i < words.Count && words[i].Line == words[start].Line)
            {
                continue;
            }

            if (i - start >= 2)
            {
                var (first, last) = (words[start], words[i - 1]);
                var dx = (last.Left + (last.Width / 2.0)) - (first.Left + (first.Width / 2.0));
                var dy = (last.Top + (last.Height / 2.0)) - (first.Top + (first.Height / 2.0));
                if (Math.Abs(dx) >= Math.Abs(dy))
                {
                    if (dx >= 0)
                    {
                        across += i - start;
                    }
                    else
                    {
                        back += i - start;
                    }
                }
                else if (dy > 0)
                {
                    down += i - start;
                }
                else
                {
                    up += i - start;
                }
            }

            start = i;
        }

        var all = across + back + down + up;
        return 2 * down > all ? 1 : 2 * up > all ? -1 : 2 * back > all ? 2 : 0;
    }

    // The page as it reads: turned a quarter clockwise, its top lies along the image's right edge, so a point (x, y) of the
    // image is (y, width - x) upright; turned anticlockwise, (height - y, x); upside down, (width - x, height - y). Lines
    // read that way carry no baseline model that layout could use.
    private static OcrPage Upright(int width, int height, int turn, List<OcrWord> words, List<(int[] Box, double Slope, double Offset, double Size)> lines)
    {
        (int Left, int Top, int Right, int Bottom) Turned(int left, int top, int right, int bottom) => turn switch
        {
            1 => (top, width - right, bottom, width - left),
            -1 => (height - bottom, left, height - top, right),
            _ => (width - right, height - bottom, width - left, height - top),
        };

        var upright = words.ConvertAll(w =>
        {
            var (left, top, right, bottom) = Turned(w.Left, w.Top, w.Left + w.Width, w.Top + w.Height);
            return w with { Left = left, Top = top, Width = right - left, Height = bottom - top };
        });
        var uprightLines = lines.ConvertAll(l =>
        {
            var (left, _, right, bottom) = Turned(l.Box[0], l.Box[1], l.Box[2], l.Box[3]);
            return new OcrLine(left, bottom, right, 0, 0, l.Size);
        });
        return turn == 2 ? new OcrPage(width, height, upright) { Lines = uprightLines } : new OcrPage(height, width, upright) { Lines = uprightLines };
    }

    // A word's text runs to its closing tag; Tesseract may wrap it in <strong> or <em>.
    private static string Word(string hocr, int from)
    {
        var end = hocr.IndexOf("</span>", from, StringComparison.Ordinal);
        var inner = end < 0 ? "" : hocr[from..end];
        return WebUtility.HtmlDecode(Tag().Replace(inner, "")).Trim();
    }

    private static int[]? Box(string title)
    {
        var match = BoundingBox().Match(title);
        return match.Success ? [.. Enumerable.Range(1, 4).Select(g => int.Parse(match.Groups[g].Value, CultureInfo.InvariantCulture))] : null;
    }

    private static double? Number(Match match) =>
        match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex("""<(?:div|span|p) class=['"](?<class>ocr_page|ocr_line|ocr_caption|ocr_header|ocr_textfloat|ocrx_word)['"][^>]*?title=(?<q>['"])(?<title>.*?)\k<q>[^>]*>""")]
    private static partial Regex Element();

    [GeneratedRegex(@"\bbbox (\d+) (\d+) (\d+) (\d+)")]
    private static partial Regex BoundingBox();

    [GeneratedRegex(@"\bbaseline (?<slope>-?[\d.]+) (?<offset>-?[\d.]+)")]
    private static partial Regex Baseline();

    [GeneratedRegex(@"\bx_size ([\d.]+)")]
    private static partial Regex TextHeight();

    [GeneratedRegex(@"\bx_wconf (-?\d+)")]
    private static partial Regex WordConfidence();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}

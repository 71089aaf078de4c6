using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Inspection.Ingestion.Ocr;

/// <summary>
/// Reads Tesseract's hOCR output: the page's size, each line's box, baseline and text height, and each word with its box
/// and confidence. hOCR rather than TSV because only it carries the line model that sizes and straightens a scanned page.
/// </summary>
internal static partial class HocrReader
{
    public static OcrPage Read(string hocr)
    {
        int width = 0, height = 0;
        var lines = new List<OcrLine>();
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
                    lines.Add(new OcrLine(box[0], box[3], box[2], slope, offset, size));
                    break;
            }
        }

        return new OcrPage(width, height, words) { Lines = lines };
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

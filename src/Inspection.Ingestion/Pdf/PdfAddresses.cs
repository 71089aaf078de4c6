using System.Text.RegularExpressions;

namespace Inspection.Ingestion.Pdf;

/// <summary>
/// Finds postal addresses among a page's lines: the short lines of one type set tightly above a line ending in a UK postcode
/// ("70 Petty France", "London", "SW1H 9EX"). An address's house number is not a section number, and an address is no heading.
/// </summary>
internal static partial class PdfAddresses
{
    private const int MaxLines = 7;
    private const int MaxWords = 8;

    /// <summary>For each line, whether it belongs to an address; leading is the body's line spacing per point of type size.</summary>
    public static bool[] Lines(IReadOnlyList<PdfLine> lines, double leading)
    {
        var address = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (!Postcode().IsMatch(lines[i].Text))
            {
                continue;
            }

            address[i] = true;
            for (var j = i - 1; j >= 0 && j >= i - MaxLines; j--)
            {
                var (line, below) = (lines[j], lines[j + 1]);
                var spacing = leading * Math.Min(line.FontSize, below.FontSize);
                if (Words(line.Text) > MaxWords || line.Text.EndsWith('.') || Math.Abs(line.FontSize - below.FontSize) > 0.6
                    || line.Baseline - below.Baseline > 1.35 * spacing || line.Cells.Count > 1)
                {
                    break;
                }

                address[j] = true;
            }
        }

        return address;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // A UK postcode closing a line ("SW1H 9EX", "Oxley OX9 4DF").
    [GeneratedRegex(@"(?:^|\s)[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();
}

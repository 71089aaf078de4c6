using Inspection.Ingestion.Pdf;

namespace Inspection.Ingestion.Ocr;

/// <summary>
/// Turns a recognised page into the runs the PDF layout works with: each line Tesseract found, cut at wide gaps, in points
/// on an A4-sized page (y up), so columns, tables and headings are found as on a born-digital page.
/// </summary>
internal static class OcrRuns
{
    private const double PortraitWidth = 595;
    private const double LandscapeWidth = 842;
    private const double RunGapEm = 1.0;
    private const double SameSize = 1.3;
    private const string BulletLookalikes = "|•*+«°e¢©o»-";

    // A word box runs from the tops of capitals to the bottoms of descenders: about the font's size.
    private const double BoxToFontSize = 0.85;

    public static List<PdfRun> From(OcrPage page)
    {
        var runs = new List<PdfRun>();
        if (page.Width <= 0 || page.Height <= 0)
        {
            return runs;
        }

        var scale = (page.Width > page.Height ? LandscapeWidth : PortraitWidth) / page.Width;
        var lines = page.Words.GroupBy(w => w.Line).Select(g => g.OrderBy(w => w.Left).ToList()).ToList();
        var sizes = lines.Select(words => Math.Max(4, words.Select(w => w.Height).Order().ElementAt(words.Count / 2) * scale * BoxToFontSize)).ToList();

        // Word boxes vary with ascenders, descenders and capitals: sizes near the page's usual one are taken as that size,
        // so only clearly larger lines read as headings.
        var usual = sizes.Count == 0 ? 0 : sizes.Order().ElementAt(sizes.Count / 2);
        for (var l = 0; l < lines.Count; l++)
        {
            var words = lines[l];
            var size = sizes[l] < SameSize * usual ? usual : sizes[l];
            var baseline = (page.Height - words.Max(w => w.Top + w.Height)) * scale;
            PdfRun? run = null;
            double right = 0;
            foreach (var word in words)
            {
                var left = word.Left * scale;
                if (run is not null && left - right > RunGapEm * size)
                {
                    runs.Add(run);
                    run = null;
                }

                if (run is null)
                {
                    run = new PdfRun(left, baseline, size);
                }
                else
                {
                    run.Text.Append(' ');
                    run.WordGaps.Add(left - right);
                }

                right = (word.Left + word.Width) * scale;

                // A bullet is often read as a bar, a letter or a mark: a lone narrow sign opening a line is a bullet.
                var text = run.Characters == 0 && words.Count > 1 && word.Text.Length == 1 && word.Width * scale < 0.8 * size && BulletLookalikes.Contains(word.Text[0])
                    ? "\u2022"
                    : word.Text;
                run.Add(text, size, right, bold: false);
            }

            if (run is not null)
            {
                runs.Add(run);
            }
        }

        return runs;
    }
}

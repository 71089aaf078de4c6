using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Inspection.Ingestion.Pdf;

namespace Inspection.Ingestion.Ocr;

/// <summary>
/// Turns a recognised page into the runs the PDF layout works with: each line Tesseract found, cut at wide gaps, in points
/// on an A4-sized page (y up), so columns, tables and headings are found as on a born-digital page. A page scanned askew is
/// turned straight first: Tesseract reads it straight but gives its word boxes as they lie on the image.
/// </summary>
internal static partial class OcrRuns
{
    // Lines shorter than this (pixels between their first and last word's centres) say too little about the page's slope.
    private const double MinSlopeSpan = 200;

    // A column's lines start together: the next line down within this many line heights whose start drifts sideways by at
    // most MaxLean of the distance between them is taken to be in the same column. A lean under MinLean is left (a scan's own).
    private const double LeanReach = 3;
    private const double MaxLean = 0.1;
    private const double MinLean = 0.01;
    private const int MinLeanLines = 6;

    private const double PortraitWidth = 595;
    private const double LandscapeWidth = 842;
    private const double RunGapEm = 1.0;
    private const double SameSize = 1.3;
    private const string BulletLookalikes = "|•*+«°e¢©o»-";

    // The outermost strip of a scanned image at either side, as a share of its width: 2%, 4 mm of an A4 page's width.
    private const double EdgeStrip = 0.02;
    private const int BorderPixels = 2;
    private const double DoubtfulEdgeWord = 60;

    // A word box runs from the tops of capitals to the bottoms of descenders: about the font's size.
    private const double BoxToFontSize = 0.85;

    // Tesseract's text height (x_size) runs from ascenders to descenders: a little under the font's size.
    private const double TextHeightToFontSize = 1.1;
    private const double ModelledSizeStep = 1.1;

    public static List<PdfRun> From(OcrPage page)
    {
        var runs = new List<PdfRun>();
        if (page.Width <= 0 || page.Height <= 0)
        {
            return runs;
        }

        var scale = (page.Width > page.Height ? LandscapeWidth : PortraitWidth) / page.Width;
        var slope = Slope(page);
        var lines = Unlean(Straighten(InsideTheEdges(page), slope)).GroupBy(w => w.Line).Select(g => g.OrderBy(w => w.Left).ToList()).ToList();
        var modelled = page.Lines.Count > 0;
        var sizes = lines.Select(words => Math.Max(4, modelled
            ? page.Lines[words[0].Line].TextHeight * scale * TextHeightToFontSize
            : words.Select(w => w.Height).Order().ElementAt(words.Count / 2) * scale * BoxToFontSize)).ToList();

        // Sizes near the page's usual one are taken as that size, so only clearly larger lines read as headings. Word boxes
        // vary with ascenders, descenders and capitals; Tesseract's line model is steadier, so a smaller step counts there.
        var usual = sizes.Count == 0 ? 0 : sizes.Order().ElementAt(sizes.Count / 2);
        var step = modelled ? ModelledSizeStep : SameSize;
        for (var l = 0; l < lines.Count; l++)
        {
            var words = lines[l];
            var size = sizes[l] < step * usual ? usual : sizes[l];
            var baseline = (page.Height - (modelled ? Baseline(page.Lines[words[0].Line], slope) : words.Max(w => w.Top + w.Height))) * scale;
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
                var text = run.Characters == 0 && words.Count > 1 && IsBulletLookalike(word.Text) && word.Width * scale < 0.8 * size
                    ? "\u2022"
                    : WithoutNoteMark(Unspeckled(Unaccented(WithoutEuroForE(word.Text))));
                run.Add(text, size, right, bold: false);
            }

            if (run is not null)
            {
                runs.Add(run);
            }
        }

        return JoinTouching(runs);
    }

    // No page sets text against its own edge: marks in the outermost strip at either side of the image are the edge of the
    // sheet, of a photo's fill where it was turned, or the scanner's lid, and Tesseract reads them as a column of "i", "j"
    // and "|" that cuts the paragraphs beside it.
    // A doubtful word touching the image's border on any side is such a mark too: a word the border cuts is no legible text.
    private static List<OcrWord> InsideTheEdges(OcrPage page)
    {
        var strip = EdgeStrip * page.Width;
        return [.. page.Words.Where(w => w.Left + w.Width > strip && w.Left < page.Width - strip && !(TouchesBorder(w, page) && w.Confidence < DoubtfulEdgeWord))];
    }

    private static bool TouchesBorder(OcrWord word, OcrPage page) =>
        word.Left <= BorderPixels || word.Top <= BorderPixels || word.Left + word.Width >= page.Width - BorderPixels || word.Top + word.Height >= page.Height - BorderPixels;

    // A page scanned askew: the median slope of its longer lines, from Tesseract's line model or else from each line's first
    // word to its last.
    private static double Slope(OcrPage page)
    {
        var slopes = page.Lines.Count > 0
            ? page.Lines.Where(l => l.Right - l.Left >= MinSlopeSpan).Select(l => l.Slope).ToList()
            : page.Words.GroupBy(w => w.Line).Select(line =>
            {
                var first = line.MinBy(w => w.Left)!;
                var last = line.MaxBy(w => w.Left + w.Width)!;
                var span = CentreX(last) - CentreX(first);
                return span >= MinSlopeSpan ? (CentreY(last) - CentreY(first)) / span : double.NaN;
            }).Where(s => !double.IsNaN(s)).ToList();
        return slopes.Count == 0 ? 0 : slopes.Order().ElementAt(slopes.Count / 2);
    }

    // Where the line's baseline lies once the page is turned straight (pixels from the top).
    private static double Baseline(OcrLine line, double slope) => line.Bottom + line.BaselineOffset - (slope * line.Left);

    // The slope taken out of every box (turned about the page's corner, as <see cref="Baseline"/> is): a word's box on a
    // turned page is also taller by its width times the slope, which would make body text look like headings.
    private static List<OcrWord> Straighten(IReadOnlyList<OcrWord> words, double slope)
    {
        if (Math.Abs(slope) < 0.002)
        {
            return [.. words];
        }

        return [.. words.Select(w =>
        {
            var height = Math.Max(1, w.Height - (Math.Abs(slope) * w.Width));
            return w with
            {
                Left = (int)Math.Round(CentreX(w) + (slope * CentreY(w)) - (w.Width / 2.0)),
                Top = (int)Math.Round(CentreY(w) - (slope * CentreX(w)) - (height / 2)),
                Height = (int)Math.Round(height),
            };
        })];
    }

    /// <summary>
    /// A page photographed at an angle is not only turned but leaning: once its lines are level, the left edges of a column
    /// still drift sideways down the page, so a column's lines no longer start together and no straight gutter parts two
    /// columns. The lean is the usual drift of a line's start from the start of the next line down that starts near it (within
    /// a few line heights, drifting by less than a tenth of the distance), taken out when clearly more than a scan's.
    /// </summary>
    private static List<OcrWord> Unlean(List<OcrWord> words)
    {
        var starts = words.GroupBy(w => w.Line)
            .Select(line => (Left: (double)line.Min(w => w.Left), Y: line.Average(CentreY), Height: line.Max(w => w.Height)))
            .OrderBy(l => l.Y)
            .ToList();
        var drifts = new List<double>();
        for (var i = 0; i < starts.Count; i++)
        {
            for (var j = i + 1; j < starts.Count && starts[j].Y - starts[i].Y <= LeanReach * starts[i].Height; j++)
            {
                var dy = starts[j].Y - starts[i].Y;
                var dx = starts[j].Left - starts[i].Left;
                if (dy > 0.5 * starts[i].Height && Math.Abs(dx) <= MaxLean * dy)
                {
                    drifts.Add(dx / dy);
                    break;
                }
            }
        }

        if (drifts.Count < MinLeanLines)
        {
            return words;
        }

        var lean = drifts.Order().ElementAt(drifts.Count / 2);
        return Math.Abs(lean) < MinLean
            ? words
            : [.. words.Select(w => w with { Left = (int)Math.Round(w.Left - (lean * CentreY(w))) })];
    }

    /// <summary>
    /// Tesseract sometimes ends a line and starts another on the same baseline right after it ("... found at the multi" and
    /// "-agency front door ..."): one line of text, as a PDF's letters would make it, so that a line across the columns (a
    /// masthead, a standfirst) stays page-wide instead of standing in the gutter between them.
    /// </summary>
    private static List<PdfRun> JoinTouching(List<PdfRun> runs)
    {
        var joined = new List<PdfRun>(runs.Count);
        foreach (var run in runs.OrderBy(r => r.Left))
        {
            var before = joined.LastOrDefault(b => Math.Abs(b.Baseline - run.Baseline) <= 0.35 * Math.Max(b.Size, run.Size)
                && run.Left >= b.Right - (0.2 * run.Size) && run.Left - b.Right <= RunGapEm * run.Size);
            if (before is not null)
            {
                before.Text.Append(' ');
                before.WordGaps.Add(Math.Max(0, run.Left - before.Right));
                before.Add(run.Text.ToString(), run.Size, run.Right, bold: false);
                continue;
            }

            joined.Add(run);
        }

        return joined;
    }

    private static double CentreX(OcrWord word) => word.Left + (word.Width / 2.0);

    private static double CentreY(OcrWord word) => word.Top + (word.Height / 2.0);

    // A bullet read as a sign, sometimes with a speck beside it ("+.", "*,").
    private static bool IsBulletLookalike(string text)
    {
        var sign = text.Length == 2 && text[1] is '.' or ',' or '\'' ? text[..1] : text;
        return sign.Length == 1 && BulletLookalikes.Contains(sign[0]);
    }

    // Speckle between two words can be read as a mark that joins them ("The'consistency", "who.are"): a mark no English word
    // has there (an apostrophe before three or more letters, a full stop or colon between lower-case words) is a space.
    // Web addresses keep their dots.
    private static string Unspeckled(string text) =>
        text.Length >= 6 && JoiningSpeck().Match(text) is { Success: true } joined && !WebSuffix().IsMatch(joined.Groups["after"].Value)
            ? joined.Groups["before"].Value + " " + joined.Groups["after"].Value
            : text;

    // A footnote's number raised after a word is read as a sign glued to it ("sisters®.", "2025¹,"): no word ends in one, and
    // the born-digital page leaves the number out of the sentence too.
    private static string WithoutNoteMark(string text) =>
        text.Length >= 3 && NoteMark().Match(text) is { Success: true } mark ? mark.Groups["word"].Value + mark.Groups["end"].Value : text;

    // A thin or broken "e" opening a word is read as a euro sign ("€ach"): no amount is written in letters, so a euro sign
    // before two or more small letters is the letter.
    private static string WithoutEuroForE(string text) =>
        text.Length >= 3 && text[0] == '€' && char.IsLower(text[1]) && char.IsLower(text[2]) ? "e" + text[1..] : text;

    [GeneratedRegex(@"^(?<word>.*[\p{L}\d])[®©°¹²³⁴⁵⁶⁷⁸⁹⁰™†‡](?<end>[.,;:!?)]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NoteMark();

    [GeneratedRegex(@"^(?<before>\p{L}{2,})(?:['’]|(?<=\p{Ll})[.:])(?<after>\p{Ll}{3,}[.,;:]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex JoiningSpeck();

    [GeneratedRegex(@"^(?:com|org|net|gov|nhs|sch|ac|co)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WebSuffix();

    // Speckle above a letter is read as an accent ("summarisés"); English reports have next to none, and a stray one
    // hides a word from every rule that looks for it.
    private static string Unaccented(string text)
    {
        if (text.All(char.IsAscii))
        {
            return text;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(c);
            }
        }

        return plain.ToString().Normalize(NormalizationForm.FormC);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Inspection.Search.Indexing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Inspection.Search.Tests.Corpus;

/// <summary>Test-only: cuts corpus PDFs into passages of roughly 50-300 words per page, the way segmentation will.</summary>
public static partial class PdfPassageBuilder
{
    private const int MinWords = 50;
    private const int MaxWords = 250;

    public static List<IndexedPassage> Build(CorpusDocument document)
    {
        var passages = new List<IndexedPassage>();
        using var pdf = PdfDocument.Open(Path.Combine(RepoPaths.RealCorpus, document.FileName));
        var heading = document.Title;
        foreach (var page in pdf.GetPages().Where(p => document.Pages(p.Number)))
        {
            var lines = ContentOrderTextExtractor.GetText(page).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var buffer = new List<string>();
            var words = 0;
            var pagePassages = new List<(string Heading, string Text)>();
            foreach (var line in lines)
            {
                if (buffer.Count == 0 && LooksLikeHeading(line))
                {
                    heading = line;
                }

                buffer.Add(line);
                words += WordCount(line);
                var endsSentence = line.EndsWith('.') || line.EndsWith(':') || line.EndsWith(';') || line.EndsWith('?');
                if ((words >= MinWords && endsSentence) || words >= MaxWords)
                {
                    pagePassages.Add((heading, string.Join('\n', buffer)));
                    buffer.Clear();
                    words = 0;
                }
            }

            if (buffer.Count > 0)
            {
                var rest = string.Join('\n', buffer);
                if (words < 20 && pagePassages.Count > 0)
                {
                    pagePassages[^1] = (pagePassages[^1].Heading, pagePassages[^1].Text + "\n" + rest);
                }
                else
                {
                    pagePassages.Add((heading, rest));
                }
            }

            foreach (var (passageHeading, text) in pagePassages)
            {
                var ordinal = passages.Count;
                passages.Add(new IndexedPassage(
                    string.Create(CultureInfo.InvariantCulture, $"{document.DocumentId}#{ordinal:D3}"),
                    document.DocumentId,
                    document.DocumentId + "-v1",
                    document.Title,
                    document.Kind,
                    document.Date,
                    document.Organisation,
                    document.Classification,
                    document.Themes,
                    document.FileName,
                    document.Title + " > " + passageHeading,
                    page.Number,
                    page.Number,
                    text,
                    IsFinding(document, text)));
            }
        }

        return passages;
    }

    private static bool IsFinding(CorpusDocument document, string text) =>
        document.Kind == "InspectionLetter"
        && (text.Contains("What needs to improve", StringComparison.Ordinal) || text.Contains("has not made sufficient progress", StringComparison.Ordinal));

    private static bool LooksLikeHeading(string line)
    {
        var count = WordCount(line);
        return count is > 0 and <= 10 && !line.EndsWith('.') && !line.EndsWith(',') && HeadingStart().IsMatch(line);
    }

    private static int WordCount(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^(\d+(\.\d+)*\s+)?[A-Z]")]
    private static partial Regex HeadingStart();
}

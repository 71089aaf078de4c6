using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Formats;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Inspection.Ingestion.Tests.Enrichment;

/// <summary>
/// Test-only stand-in for the product's PDF extractor: PdfPig's content-order text per page, lines joined into
/// paragraphs (a paragraph ends on a short line), bullets as list items and short numbered lines as headings.
/// </summary>
public static partial class CorpusDocuments
{
    public static string PathOf(string fileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Inspection.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException("Inspection.sln not found above " + AppContext.BaseDirectory);
        }

        return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus", "real", fileName));
    }

    private static readonly ConcurrentDictionary<string, ExtractedDocument> Loaded = new(StringComparer.Ordinal);

    /// <summary>The document's blocks, extracted once per test run (blocks are immutable).</summary>
    public static ExtractedDocument Load(string fileName) => Loaded.GetOrAdd(fileName, Extract);

    private static ExtractedDocument Extract(string fileName)
    {
        using var pdf = PdfDocument.Open(PathOf(fileName));
        var blocks = new List<Block>();
        foreach (var page in pdf.GetPages())
        {
            var lines = ContentOrderTextExtractor.GetText(page).Split('\n').Select(l => l.TrimEnd()).ToList();
            var lengths = lines.Select(l => l.Length).Order().ToList();
            var fullWidth = lengths.Count == 0 ? 0 : lengths[(int)(lengths.Count * 0.9)];
            var paragraph = new List<string>();
            var kind = BlockKind.Paragraph;

            void Flush()
            {
                if (paragraph.Count > 0)
                {
                    blocks.Add(new Block(string.Join(' ', paragraph), kind, page.Number));
                }

                paragraph.Clear();
                kind = BlockKind.Paragraph;
            }

            foreach (var line in lines)
            {
                var text = line.Trim();
                if (text.Length == 0)
                {
                    Flush();
                    continue;
                }

                var unbulleted = Bullet().Replace(text, "");
                var heading = NumberedHeading().Match(unbulleted);
                if (heading.Success && unbulleted.Length <= 80 && !unbulleted.EndsWith('.') && !unbulleted.EndsWith(':'))
                {
                    Flush();
                    blocks.Add(new Block(unbulleted, BlockKind.Heading, page.Number, heading.Groups["n"].Value.TrimEnd('.').Split('.').Length));
                    continue;
                }

                if (unbulleted.Length != text.Length)
                {
                    Flush();
                    kind = BlockKind.ListItem;
                    text = unbulleted;
                }

                if (paragraph.Count > 0 && TitleCaseLine().IsMatch(text))
                {
                    Flush();
                }

                paragraph.Add(text);
                if (line.Length < fullWidth * 0.8 || ".?!:".Contains(text[^1], StringComparison.Ordinal) || TitleCaseLine().IsMatch(text))
                {
                    Flush();
                }
            }

            Flush();
        }

        return new ExtractedDocument(fileName, FileFormat.Pdf, pdf.NumberOfPages, blocks, null);
    }

    [GeneratedRegex(@"^(?:[•\-]\s+)+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2})*\.?)\s+(?!(?i:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z<]")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^(?:[A-Z][\w'-]*)(?: [A-Z][\w'-]*){0,4}$")]
    private static partial Regex TitleCaseLine();
}

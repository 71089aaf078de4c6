using Inspection.Ingestion.Tests.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Inspection.Ingestion.Tests.Pdf;

public sealed class GluedWordTests
{
    [Theory]
    [InlineData(Corpus.LeadMember)]
    [InlineData(Corpus.SendRevisit)]
    [InlineData(Corpus.Thurrock)]
    public void FewerThanHalfAPercentOfTokensAreTwoWordsGlued(string fileName)
    {
        // pdftotext is not installed here, so PdfPig's content-order extractor supplies the vocabulary.
        var path = Corpus.Real(fileName);
        var reference = new List<string>();
        var pageText = new List<string>();
        using (var pdf = PdfDocument.Open(path))
        {
            foreach (var page in pdf.GetPages())
            {
                reference.AddRange(GluedWords.Tokens(ContentOrderTextExtractor.GetText(page)));
                pageText.AddRange(GluedWords.Tokens(page.Text));
            }
        }

        var vocabulary = reference.ToHashSet(StringComparer.Ordinal);
        var ours = Extractors.Extract(path).Blocks.SelectMany(b => GluedWords.Tokens(b.Text)).ToList();

        // The measure must see the gluing page.Text is known for, or a low figure for ours would mean nothing.
        Assert.True(GluedWords.Rate(pageText, vocabulary) > 0.01, "the glue detector did not flag page.Text");
        var rate = GluedWords.Rate(ours, vocabulary);
        Assert.True(rate < 0.005, $"{rate:P2} of {ours.Count} tokens glued: {string.Join(", ", GluedWords.Glued(ours, vocabulary).Take(10))}");
        Assert.True(ours.Count > reference.Count * 0.9, $"{ours.Count} tokens against {reference.Count} in the reference");
    }
}

using System.Globalization;
using Inspection.Search.Indexing;
using Inspection.Search.Tests.Corpus;

namespace Inspection.Search.Tests.Pruning;

/// <summary>
/// Thousands of passages made from the real corpus's sentences, recombined with a fixed seed into passages of one to
/// twelve sentences, in several segments with some passages deleted (documents indexed twice), so that common words
/// match thousands of passages and a search has blocks to skip.
/// </summary>
public sealed class RecombinedCorpusIndex : TestIndex
{
    public const int Documents = 600;
    private static readonly string[] Kinds = ["CommitteeReport", "InspectionLetter", "Audit", "Minutes"];

    public RecombinedCorpusIndex()
    {
        Sentences = [.. CorpusDocuments.All
            .SelectMany(PdfPassageBuilder.Build)
            .SelectMany(p => p.Text.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(s => s.Length > 20)];
        var random = new Random(20261202);
        for (var document = 0; document < Documents; document++)
        {
            Index.UpsertDocument(DocumentId(document), Passages(document, random, 8 + random.Next(20)));
            if (document % 150 == 149)
            {
                // A commit now and then makes several segments, as ingestion batches do.
                Index.Commit();
            }
        }

        // Indexed again: the first copies stay in their segments as deleted passages.
        for (var document = 0; document < Documents; document += 7)
        {
            Index.UpsertDocument(DocumentId(document), Passages(document, random, 8 + random.Next(20)));
        }

        Index.Commit();
        Index.Refresh();
    }

    public List<string> Sentences { get; }

    public static string DocumentId(int document) => string.Create(CultureInfo.InvariantCulture, $"recombined-{document:D4}");

    /// <summary>Passages for one document: 1 to 12 sentences each, a heading from a sentence's first words, one in five a finding.</summary>
    public List<IndexedPassage> Passages(int document, Random random, int count, int maxSentences = 12)
    {
        ArgumentNullException.ThrowIfNull(random);
        var documentId = DocumentId(document);
        var kind = Kinds[document % Kinds.Length];
        var date = new DateOnly(2018, 1, 1).AddDays(document * 5);
        var passages = new List<IndexedPassage>();
        for (var ordinal = 0; ordinal < count; ordinal++)
        {
            var text = string.Join(". ", Enumerable.Range(0, 1 + random.Next(maxSentences)).Select(_ => Sentences[random.Next(Sentences.Count)])) + ".";
            var heading = string.Join(' ', Sentences[random.Next(Sentences.Count)].Split(' ').Take(4));
            passages.Add(new IndexedPassage(
                string.Create(CultureInfo.InvariantCulture, $"{documentId}#{ordinal:D3}"),
                documentId,
                documentId + "-v1",
                "Recombined evidence " + document.ToString(CultureInfo.InvariantCulture),
                kind,
                date,
                "Council " + (document % 5).ToString(CultureInfo.InvariantCulture),
                Inspection.Content.Evidence.Classifications.Official,
                [],
                null,
                heading,
                ordinal + 1,
                ordinal + 1,
                text,
                random.Next(5) == 0));
        }

        return passages;
    }
}

using Inspection.Ingestion.Tests.TestSupport;

namespace Inspection.Ingestion.Tests.Pdf;

/// <summary>
/// Extraction of corpus PDFs must give exactly what it gave when the digests were recorded (before the extractor was
/// tuned for speed): the same blocks, kinds, levels, pages and furniture, byte for byte.
/// </summary>
public sealed class CorpusExtractionDigestTests
{
    private static readonly Dictionary<string, string> Recorded = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Pdf", "corpus-extraction.sha256"))
        .Select(line => line.Split("  ", 2))
        .ToDictionary(parts => parts[1], parts => parts[0], StringComparer.Ordinal);

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Recorded.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void CorpusPdfExtractsToItsRecordedBlocks(string file)
    {
        var document = Extractors.Extract(Path.Combine(Corpus.Root, file));

        Assert.Equal(Recorded[file], ExtractionDigest.Of(document));
    }
}

using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Segmentation;
using Inspection.Ingestion.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace Inspection.Ingestion.Tests.Segmentation;

public sealed class BenchDocumentTests
{
    public static TheoryData<string> Files => new(Directory.GetFiles(Path.Combine(Corpus.Root, "bench"), "*.pdf").Order(StringComparer.Ordinal).Take(8).Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void LongerDocumentsEnrichAndSegmentWithinTheirPages(string file)
    {
        var document = Extractors.Extract(Path.Combine(Corpus.Root, "bench", file));

        var metadata = new DocumentEnricher().Enrich(document);
        var passages = new PassageSegmenter(Options.Create(new PassageSegmenterOptions())).Segment(document.Blocks);

        Assert.NotNull(metadata.Organisation);
        Assert.EndsWith("Council", metadata.Organisation, StringComparison.Ordinal);
        Assert.NotNull(metadata.DocumentDate);
        Assert.All(metadata.Findings, f =>
        {
            Assert.InRange(f.Page, 1, document.PageCount);
            Assert.False(string.IsNullOrWhiteSpace(f.Text));
        });
        Assert.All(passages, p =>
        {
            Assert.InRange(BlockText.WordCount(p.Text), 1, 300);
            Assert.InRange(p.PageTo, p.PageFrom, document.PageCount);
        });
        NoWordLost.Check(document.Blocks, passages);
    }
}

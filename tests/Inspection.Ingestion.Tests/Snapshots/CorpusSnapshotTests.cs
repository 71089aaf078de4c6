using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Segmentation;
using Inspection.Ingestion.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace Inspection.Ingestion.Tests.Snapshots;

/// <summary>
/// What ingestion makes of the real committee papers and every third bench PDF, kept as readable snapshots under
/// <c>tests/Inspection.Ingestion.Tests/Snapshots/corpus/</c>: blocks, enrichment and passage cuts.
/// </summary>
public sealed class CorpusSnapshotTests
{
    private static readonly PassageSegmenter Segmenter = new(Options.Create(new PassageSegmenterOptions()));

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in new[] { Corpus.LeadMember, Corpus.SendRevisit, Corpus.Thurrock }.Order(StringComparer.Ordinal))
        {
            data.Add("real/" + file);
        }

        // Every third bench file: the same 100 the digests this replaces covered.
        for (var i = 0; i < 300; i += 3)
        {
            data.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"bench/doc{i:D3}.pdf"));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void CorpusPdfIngestsAsItsSnapshotRecords(string file)
    {
        var document = Extractors.Extract(Path.Combine(Corpus.Root, file));
        var metadata = new DocumentEnricher().Enrich(document);
        var passages = Segmenter.Segment(document.Blocks);

        SnapshotFile.Match(
            "tests/Inspection.Ingestion.Tests/Snapshots/corpus/" + Path.ChangeExtension(file, ".txt"),
            ExtractionSnapshot.Of(file, document, metadata, passages));
    }
}

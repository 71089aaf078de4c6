using System.Collections.Concurrent;
using Inspection.Ingestion.Enrichment;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Segmentation;
using Inspection.Ingestion.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace Inspection.Ingestion.Tests.Zoo;

/// <summary>Each zoo document through the product's extraction, enrichment and segmentation, once per test run.</summary>
public static class ZooIngestion
{
    private static readonly ConcurrentDictionary<string, Lazy<Result>> Done = new(StringComparer.Ordinal);
    private static readonly PassageSegmenter Segmenter = new(Options.Create(new PassageSegmenterOptions()));

    public static Result Of(string name) => Done.GetOrAdd(name, n => new Lazy<Result>(() => Ingest(n))).Value;

    private static Result Ingest(string name)
    {
        var document = Extractors.Extract(LayoutZoo.DocumentPath(name));
        var metadata = new DocumentEnricher().Enrich(document);
        return new Result(document, metadata, Segmenter.Segment(document.Blocks));
    }

    public sealed record Result(ExtractedDocument Document, DocumentMetadata Metadata, IReadOnlyList<PassageDraft> Passages);
}

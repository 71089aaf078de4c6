using System.Collections.Concurrent;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Tests.TestSupport;

namespace Inspection.Ingestion.Tests.Enrichment;

/// <summary>Corpus PDFs through the product's real extraction and cleaning, extracted once per test run (blocks are immutable).</summary>
public static class CorpusDocuments
{
    private static readonly ConcurrentDictionary<string, ExtractedDocument> Loaded = new(StringComparer.Ordinal);

    public static ExtractedDocument Load(string fileName) => Loaded.GetOrAdd(fileName, f => Extractors.Extract(Corpus.Real(f)));
}

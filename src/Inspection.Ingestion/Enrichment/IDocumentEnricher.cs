using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Enrichment;

/// <summary>Recognises a document's kind, date, organisation, visits, judgements and findings from its blocks.</summary>
public interface IDocumentEnricher
{
    DocumentMetadata Enrich(ExtractedDocument document);
}

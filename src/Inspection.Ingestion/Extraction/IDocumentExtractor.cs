namespace Inspection.Ingestion.Extraction;

/// <summary>Turns any supported file into cleaned blocks: detects the format by content, enforces size and time limits.</summary>
public interface IDocumentExtractor
{
    /// <summary>Extracts a file on disk; failures are <see cref="IngestionException"/> naming the file and the reason.</summary>
    ExtractedDocument Extract(string filePath, CancellationToken cancellationToken);

    /// <summary>Extracts content already open (an upload); <paramref name="fileName"/> is only used in messages.</summary>
    ExtractedDocument Extract(string fileName, Stream content, CancellationToken cancellationToken);
}

using Inspection.Ingestion.Formats;

namespace Inspection.Ingestion.Extraction;

/// <summary>Turns one format's bytes into blocks; failures become <see cref="IngestionException"/> naming the file.</summary>
public interface IBlockExtractor
{
    FileFormat Format { get; }

    ExtractedDocument Extract(string fileName, Stream content, CancellationToken cancellationToken);
}

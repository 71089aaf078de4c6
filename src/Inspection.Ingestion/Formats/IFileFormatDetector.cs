namespace Inspection.Ingestion.Formats;

/// <summary>Decides a file's format from its bytes; unsupported content is an <see cref="IngestionException"/> saying why.</summary>
public interface IFileFormatDetector
{
    /// <summary>Reads from a seekable stream and leaves it at position 0.</summary>
    FileFormat Detect(string fileName, Stream content);
}

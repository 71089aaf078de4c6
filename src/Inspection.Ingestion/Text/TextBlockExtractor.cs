using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Formats;

namespace Inspection.Ingestion.Text;

/// <summary>Extracts plain text: paragraphs split on blank lines, list items on bullet and enumerator markers.</summary>
public sealed class TextBlockExtractor : IBlockExtractor
{
    public FileFormat Format => FileFormat.Text;

    public ExtractedDocument Extract(string fileName, Stream content, CancellationToken cancellationToken) =>
        TextReading.Extract(fileName, content, FileFormat.Text, new TextBlockParser(markdown: false), cancellationToken);
}

using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Formats;

namespace Inspection.Ingestion.Text;

/// <summary>Extracts Markdown: "#" headings with levels, "-", "*" and "1." list items, "|" table rows, paragraphs.</summary>
public sealed class MarkdownBlockExtractor : IBlockExtractor
{
    public FileFormat Format => FileFormat.Markdown;

    public ExtractedDocument Extract(string fileName, Stream content, CancellationToken cancellationToken) =>
        TextReading.Extract(fileName, content, FileFormat.Markdown, new TextBlockParser(markdown: true), cancellationToken);
}

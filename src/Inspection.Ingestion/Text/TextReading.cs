using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Formats;

namespace Inspection.Ingestion.Text;

/// <summary>Shared reading for text formats: byte order mark, else UTF-8, else Windows-1252; the title is the first heading.</summary>
internal static class TextReading
{
    public static ExtractedDocument Extract(string fileName, Stream content, FileFormat format, TextBlockParser parser, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        using var reader = new StringReader(TextEncodings.Decode(buffer.ToArray()));
        var blocks = parser.Parse(reader, cancellationToken);
        var title = blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading)?.Text;
        return new ExtractedDocument(fileName, format, 1, blocks, title);
    }
}

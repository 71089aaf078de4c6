using System.Text;
using Inspection.Ingestion.Extraction;
using Inspection.Ingestion.Formats;

namespace Inspection.Ingestion.Text;

/// <summary>Shared reading for text formats: UTF-8 unless a byte order mark says otherwise; the title is the first heading.</summary>
internal static class TextReading
{
    public static ExtractedDocument Extract(string fileName, Stream content, FileFormat format, TextBlockParser parser, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var blocks = parser.Parse(reader, cancellationToken);
        var title = blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading)?.Text;
        return new ExtractedDocument(fileName, format, 1, blocks, title);
    }
}

using System.IO.Compression;
using System.Text;

namespace Inspection.Ingestion.Tests.Zip;

/// <summary>Word files built by the test that unpack to far more than they weigh, or nest deeper than any report.</summary>
internal static class ZipBombs
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """;

    private const string Relationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
        """;

    /// <summary>A Word file whose document part is <paramref name="unpackedBytes"/> of paragraphs, deflated to a few MB at most.</summary>
    public static byte[] Huge(long unpackedBytes)
    {
        return Package(document =>
        {
            Write(document, $"<w:document xmlns:w=\"{WordNamespace}\"><w:body>");
            var paragraph = Encoding.UTF8.GetBytes("<w:p><w:r><w:t>The local authority has not made sufficient progress.</w:t></w:r></w:p>");
            var chunk = new byte[paragraph.Length * 1024];
            for (var i = 0; i < 1024; i++)
            {
                paragraph.CopyTo(chunk, i * paragraph.Length);
            }

            for (long written = 0; written < unpackedBytes; written += chunk.Length)
            {
                document.Write(chunk);
            }

            Write(document, "</w:body></w:document>");
        });
    }

    /// <summary>A small Word file whose body nests <paramref name="depth"/> structured-document tags.</summary>
    public static byte[] Deep(int depth)
    {
        return Package(document =>
        {
            Write(document, $"<w:document xmlns:w=\"{WordNamespace}\"><w:body>");
            for (var i = 0; i < depth; i++)
            {
                Write(document, "<w:sdt><w:sdtContent>");
            }

            Write(document, "<w:p><w:r><w:t>Deep.</w:t></w:r></w:p>");
            for (var i = 0; i < depth; i++)
            {
                Write(document, "</w:sdtContent></w:sdt>");
            }

            Write(document, "</w:body></w:document>");
        });
    }

    /// <summary>A small, valid Word file with <paramref name="extraParts"/> more parts than it needs.</summary>
    public static byte[] ManyParts(int extraParts)
    {
        return Package(
            document => Write(document, $"<w:document xmlns:w=\"{WordNamespace}\"><w:body><w:p><w:r><w:t>Hello.</w:t></w:r></w:p></w:body></w:document>"),
            extraParts);
    }

    private static byte[] Package(Action<Stream> writeDocument, int extraParts = 0)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteEntry(zip, "[Content_Types].xml", ContentTypes);
            WriteEntry(zip, "_rels/.rels", Relationships);
            using (var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open())
            {
                writeDocument(document);
            }

            for (var i = 0; i < extraParts; i++)
            {
                WriteEntry(zip, $"customXml/item{i}.xml", "<x/>");
            }
        }

        return output.ToArray();
    }

    private static void WriteEntry(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        Write(stream, text);
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));
}

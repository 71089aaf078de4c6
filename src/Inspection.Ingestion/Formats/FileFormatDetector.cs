using System.IO.Compression;
using System.Text;

namespace Inspection.Ingestion.Formats;

/// <summary>Detects PDF, Word .docx, HTML, Markdown and plain text by magic bytes and sniffing, never by file name.</summary>
public sealed class FileFormatDetector : IFileFormatDetector
{
    private const int SniffBytes = 64 * 1024;
    private const int PdfHeaderWindow = 1024;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] RtfMagic = "{\\rtf"u8.ToArray();
    private static readonly byte[][] ImageMagics =
    [
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], // PNG
        [0xFF, 0xD8, 0xFF], // JPEG
        [0x49, 0x49, 0x2A, 0x00], // TIFF, little-endian
        [0x4D, 0x4D, 0x00, 0x2A], // TIFF, big-endian
    ];

    private static readonly string[] HtmlMarkers = ["<!doctype html", "<html", "<head", "<body"];

    public FileFormat Detect(string fileName, Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek)
        {
            throw new ArgumentException("Format detection needs a seekable stream.", nameof(content));
        }

        content.Position = 0;
        var head = new byte[(int)Math.Min(SniffBytes, content.Length)];
        content.ReadExactly(head);
        content.Position = 0;

        if (head.Length == 0)
        {
            throw new IngestionException(fileName, "the file is empty");
        }

        var span = head.AsSpan();
        if (span.StartsWith(OleMagic))
        {
            throw new IngestionException(fileName, Path.GetExtension(fileName).ToLowerInvariant() switch
            {
                ".xls" => "an Excel 97-2003 workbook (.xls) is not read; save the sheet as PDF, or its table as a web page (HTML)",
                ".ppt" => "a PowerPoint 97-2003 presentation (.ppt) is not read; save it as PDF",
                ".msg" => "an Outlook message (.msg) is not read; save the message as PDF, and add its attachments as files of their own",
                _ => "Word 97-2003 .doc is not supported; save it as .docx",
            });
        }

        if (span.StartsWith(RtfMagic))
        {
            throw new IngestionException(fileName, "Rich Text Format (.rtf) is not read; open it in Word and save it as .docx or PDF");
        }

        if (span.StartsWith(ZipMagic))
        {
            return DetectZip(fileName, content);
        }

        if (LooksLikePdf(span))
        {
            return FileFormat.Pdf;
        }

        foreach (var magic in ImageMagics)
        {
            if (span.StartsWith(magic))
            {
                return FileFormat.Image;
            }
        }

        var text = DecodeText(span, content.Length > head.Length);
        if (text is null)
        {
            throw new IngestionException(fileName, "unrecognised format (not PDF, Word .docx, HTML, text or a PNG, JPEG or TIFF image)");
        }

        var format = LooksLikeHtml(text) ? FileFormat.Html : LooksLikeMarkdown(text) ? FileFormat.Markdown : FileFormat.Text;
        return NameClaims(fileName) is { } claimed
            ? throw new IngestionException(fileName, $"the name says {claimed} ({Path.GetExtension(fileName).ToLowerInvariant()}) but the file holds {Describe(format)}, not a {claimed}: it was probably renamed or saved wrongly; save it again as a {claimed}, or give it its real extension")
            : format;
    }

    // A name that promises a binary format, whose content turned out to be text. (The other way round the content is
    // still read: a PDF named .txt is a PDF.)
    private static string? NameClaims(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => "PDF",
        ".docx" => "Word .docx file",
        ".png" or ".jpg" or ".jpeg" or ".tif" or ".tiff" => "scanned image",
        _ => null,
    };

    private static string Describe(FileFormat format) => format switch
    {
        FileFormat.Html => "HTML (a web page)",
        FileFormat.Markdown => "Markdown text",
        _ => "plain text",
    };

    private static FileFormat DetectZip(string fileName, Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("word/document.xml") is not null
                ? FileFormat.Docx
                : throw new IngestionException(fileName, WhatTheZipHolds(zip));
        }
        catch (InvalidDataException ex)
        {
            throw new IngestionException(fileName, "the ZIP container is damaged or incomplete, so it cannot be read as a Word .docx file", ex);
        }
        finally
        {
            content.Position = 0;
        }
    }

    // Other office files are ZIP containers too: say which, and how to make it readable.
    private static string WhatTheZipHolds(ZipArchive zip)
    {
        string? mimeType = null;
        if (zip.GetEntry("mimetype") is { Length: < 200 } entry)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
            mimeType = reader.ReadToEnd().Trim();
        }

        return mimeType switch
        {
            "application/vnd.oasis.opendocument.text" => "an OpenDocument text file (.odt, from LibreOffice or OpenOffice) is not read; save it as Word .docx or PDF",
            "application/vnd.oasis.opendocument.spreadsheet" => "an OpenDocument spreadsheet (.ods) is not read; save the sheet as PDF",
            "application/vnd.oasis.opendocument.presentation" => "an OpenDocument presentation (.odp) is not read; save it as PDF",
            _ when zip.GetEntry("xl/workbook.xml") is not null => "an Excel workbook (.xlsx) is not read; save the sheet as PDF, or its table as a web page (HTML)",
            _ when zip.GetEntry("ppt/presentation.xml") is not null => "a PowerPoint presentation (.pptx) is not read; save it as PDF",
            _ => "this is a ZIP archive, not a PDF, Word or HTML file",
        };
    }

    // Some producers put a BOM, whitespace or junk before the header; readers accept it within the first 1 KB.
    private static bool LooksLikePdf(ReadOnlySpan<byte> head)
    {
        var window = head[..Math.Min(head.Length, PdfHeaderWindow + PdfMagic.Length)];
        return window.IndexOf(PdfMagic) >= 0;
    }

    private static string? DecodeText(ReadOnlySpan<byte> head, bool truncated)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Printable(Encoding.Unicode.GetString(head[2..]));
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Printable(Encoding.BigEndianUnicode.GetString(head[2..]));
        }

        if (head.IndexOf((byte)0) >= 0)
        {
            return null;
        }

        // The sample may end inside a multi-byte character; drop up to 3 trailing bytes of an incomplete sequence.
        for (var cut = 0; cut <= (truncated ? 3 : 0) && cut < head.Length; cut++)
        {
            try
            {
                return Printable(TextEncodings.StrictUtf8.GetString(head[..(head.Length - cut)]));
            }
            catch (DecoderFallbackException)
            {
                // Try a shorter sample only when the sample was cut from a longer file.
            }
        }

        // Older Windows tools save text as Windows-1252; accept it when it reads as mostly printable text.
        return Printable(TextEncodings.Windows1252.GetString(head));
    }

    private static string? Printable(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return null;
            }

            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        return control * 100 <= text.Length ? text : null;
    }

    private static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart();
        var near = start[..Math.Min(start.Length, 1024)];
        foreach (var marker in HtmlMarkers)
        {
            if (near.Contains(marker.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksLikeMarkdown(string text)
    {
        var listLines = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.TrimStart(' ');
            if (MarkdownSyntax.HeadingLevel(line) > 0)
            {
                return true;
            }

            if (MarkdownSyntax.IsBulletLine(line) || MarkdownSyntax.IsTableLine(line))
            {
                listLines++;
            }
        }

        return listLines >= 2;
    }
}

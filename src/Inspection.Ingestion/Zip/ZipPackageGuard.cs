using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Zip;

/// <summary>
/// Reads every entry of a ZIP-based file once, as a stream, before a library builds anything from it: entry count,
/// unpacked bytes, compression ratio and XML nesting are checked while reading, so memory stays bounded whatever the
/// file claims about itself. A file that passes can then be opened by OpenXml without surprises.
/// </summary>
public sealed class ZipPackageGuard(ZipLimits limits)
{
    private const int BufferBytes = 81_920;

    /// <summary>Unpacked bytes read by the last <see cref="Check"/>, up to the point it stopped.</summary>
    public long BytesUnpacked { get; private set; }

    /// <summary>Throws <see cref="IngestionException"/> naming the file, the entry and the limit it broke; leaves <paramref name="content"/> where it was.</summary>
    public void Check(string fileName, string what, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        BytesUnpacked = 0;
        var start = content.Position;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                throw new IngestionException(fileName, Invariant(
                    $"{what} holds {zip.Entries.Count} parts, past the limit of {limits.MaxEntries} (Ingestion:MaxZipEntries)"));
            }

            var buffer = new byte[BufferBytes];
            foreach (var entry in zip.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ReadEntry(fileName, what, entry, buffer, cancellationToken);
            }
        }
        finally
        {
            content.Position = start;
        }
    }

    private static bool IsXml(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private void ReadEntry(string fileName, string what, ZipArchiveEntry entry, byte[] buffer, CancellationToken cancellationToken)
    {
        // The entry may unpack to what is left of the file's allowance, and to no more than its ratio allows; the header's
        // declared sizes are not trusted, only the bytes that actually come out.
        var byRatio = Math.Max(ZipLimits.RatioFloorBytes, entry.CompressedLength * (long)limits.MaxCompressionRatio);
        var byTotal = limits.MaxUnpackedBytes - BytesUnpacked;
        var allowed = Math.Min(byRatio, byTotal);
        Exception TooMuch(long read)
        {
            BytesUnpacked += read;
            return byTotal <= byRatio
                ? new IngestionException(fileName, Invariant(
                    $"{what} unpacks to more than {ByteSize.Format(limits.MaxUnpackedBytes)} (at {entry.FullName}), past the limit Ingestion:MaxUnpackedBytes"))
                : new IngestionException(fileName, Invariant(
                    $"{entry.FullName} in {what} is compressed more than {limits.MaxCompressionRatio} to 1 ({ByteSize.Format(entry.CompressedLength)} unpacking past {ByteSize.Format(allowed)}), past the limit Ingestion:MaxCompressionRatio"));
        }

        using var counter = new UnpackedByteCounter(entry.Open(), allowed, TooMuch, cancellationToken);
        if (IsXml(entry))
        {
            ReadXml(fileName, what, entry.FullName, counter);
        }
        else
        {
            while (counter.Read(buffer) > 0)
            {
            }
        }

        BytesUnpacked += counter.BytesRead;
    }

    private void ReadXml(string fileName, string what, string entryName, Stream content)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreWhitespace = true,
            IgnoreComments = true,
            MaxCharactersInDocument = limits.MaxUnpackedBytes,
            CloseInput = false,
        };
        using var reader = XmlReader.Create(content, settings);
        while (reader.Read())
        {
            if (reader.Depth > limits.MaxXmlDepth)
            {
                throw new IngestionException(fileName, Invariant(
                    $"{entryName} in {what} nests its XML more than {limits.MaxXmlDepth} deep, past the limit Ingestion:MaxXmlDepth"));
            }
        }
    }
}

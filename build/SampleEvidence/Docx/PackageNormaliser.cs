using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace SampleEvidence.Docx;

/// <summary>Rewrites an OPC package so the same input gives the same bytes: fixed entry times and relationship ids.</summary>
internal static partial class PackageNormaliser
{
    public static byte[] Normalise(byte[] package, DateOnly date)
    {
        var stamp = new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = reader.ReadToEnd();

                // System.IO.Packaging names package-level relationships with random ids; nothing refers to them.
                if (entry.FullName == "_rels/.rels")
                {
                    var n = 0;
                    text = PackageRelationshipId().Replace(text, _ => "Id=\"rId" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"");
                }

                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var writer = new StreamWriter(copy.Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return output.ToArray();
    }

    [GeneratedRegex("Id=\"R[0-9a-fA-F]+\"")]
    private static partial Regex PackageRelationshipId();
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Inspection.Ingestion.Extraction;

namespace Inspection.Ingestion.Tests.Pdf;

/// <summary>A fingerprint of everything extraction hands on (blocks with kind, level and page; title, marking, furniture), to compare runs.</summary>
internal static class ExtractionDigest
{
    public static string Of(ExtractedDocument document)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{document.PageCount}\t{document.Title}\t{document.HasTextLayer}\t{document.ProtectiveMarking}\n");
        foreach (var furniture in document.PageFurniture)
        {
            text.Append("furniture\t").Append(furniture).Append('\n');
        }

        foreach (var block in document.Blocks)
        {
            text.Append(CultureInfo.InvariantCulture, $"{block.Kind}\t{block.HeadingLevel}\t{block.Page}\t{block.Text}\n");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Inspection.Ingestion.Enrichment;

/// <summary>Deterministic finding ids, so that re-ingesting the same file yields the same ids.</summary>
public static class FindingIds
{
    /// <summary>An id from the SHA-256 of the source file and the finding's position in the enricher's output.</summary>
    public static string Create(string sourceHash, int ordinal)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceHash);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{sourceHash}:{ordinal}")));
        return "f" + Convert.ToHexStringLower(bytes)[..24];
    }
}

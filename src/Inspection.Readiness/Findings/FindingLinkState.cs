using System.Security.Cryptography;
using System.Text;

namespace Inspection.Readiness.Findings;

/// <summary>
/// The fingerprint of the findings as they were when their history links were last found correct (one per store, a
/// singleton), so reads skip comparing every pair again until a finding is added, removed or relinked.
/// </summary>
public sealed class FindingLinkState
{
    private readonly Lock _gate = new();
    private string? _current;

    public static string Fingerprint(IEnumerable<string> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var row in rows.Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(row));
            hash.AppendData("\n"u8);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    public bool IsCurrent(string fingerprint)
    {
        lock (_gate)
        {
            return string.Equals(_current, fingerprint, StringComparison.Ordinal);
        }
    }

    public void Remember(string fingerprint)
    {
        lock (_gate)
        {
            _current = fingerprint;
        }
    }
}

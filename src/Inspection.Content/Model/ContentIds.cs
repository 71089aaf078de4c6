using System.Security.Cryptography;

namespace Inspection.Content.Model;

/// <summary>Generates 26-character lower-case base32 ids like Orchard Core's (128 random bits).</summary>
public static class ContentIds
{
    // Crockford's alphabet without i, l, o, u, as Orchard's IdGenerator uses.
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public const int Length = 26;

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return Encode(bytes);
    }

    /// <summary>A stable id for a name (recipe items such as framework themes): the same name always gives the same id.</summary>
    public static string FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Encode(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)).AsSpan(0, 16));
    }

    private static string Encode(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = stackalloc char[Length];
        var bitBuffer = 0;
        var bitCount = 0;
        var position = 0;
        foreach (var b in bytes)
        {
            bitBuffer = (bitBuffer << 8) | b;
            bitCount += 8;
            while (bitCount >= 5)
            {
                bitCount -= 5;
                chars[position++] = Alphabet[(bitBuffer >> bitCount) & 31];
            }
        }

        chars[position] = Alphabet[(bitBuffer << (5 - bitCount)) & 31];
        return new string(chars);
    }
}

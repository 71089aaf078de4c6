using System.Security.Cryptography;

namespace Inspection.Content.Recipes;

/// <summary>Fresh 26-character ids in the alphabet Orchard Core uses for content item ids (lower-case base 32, no i, l, o, u).</summary>
internal static class RecipeIds
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[26];
        var buffer = 0;
        var bits = 0;
        var c = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                chars[c++] = Alphabet[(buffer >> bits) & 31];
            }
        }

        // 128 bits leave 3 over: pad them into the last character.
        chars[c] = Alphabet[(buffer << (5 - bits)) & 31];
        return new string(chars);
    }
}

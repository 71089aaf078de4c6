using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Inspection.Search.Meaning;

/// <summary>
/// One bit a dimension (set where the value is above zero): 48 bytes for a 384-dimension vector, an eighth of its
/// one-byte form. The number of differing bits between two codes falls as the vectors' angle narrows, so comparing codes
/// picks a shortlist of passages cheaply; their one-byte vectors then give the exact similarity.
/// </summary>
internal static class SignCodes
{
    /// <summary>64-bit words of a code for this many dimensions; 0 when they are not a multiple of 64 (no codes kept).</summary>
    public static int Words(int dimensions) => dimensions > 0 && dimensions % 64 == 0 ? dimensions / 64 : 0;

    /// <summary>Writes the code of <paramref name="vector"/> into <paramref name="code"/> (its length in words).</summary>
    public static void Write(ReadOnlySpan<sbyte> vector, Span<ulong> code)
    {
        code.Clear();
        for (var i = 0; i < vector.Length; i++)
        {
            if (vector[i] > 0)
            {
                code[i >> 6] |= 1UL << (i & 63);
            }
        }
    }

    /// <summary>The differing bits between the query's code and each of <paramref name="distances"/>.Length codes.</summary>
    public static void Distances(ReadOnlySpan<ulong> query, ReadOnlySpan<ulong> codes, Span<int> distances)
    {
        var words = query.Length;
        if (codes.Length < distances.Length * words)
        {
            throw new ArgumentException("fewer codes than distances asked for", nameof(codes));
        }

        ref var q = ref MemoryMarshal.GetReference(query);
        ref var start = ref MemoryMarshal.GetReference(codes);
        if (words == 6)
        {
            // 384 dimensions, the models' size: unrolled, the query's words held in registers.
            var (q0, q1, q2, q3, q4, q5) = (q, Unsafe.Add(ref q, 1), Unsafe.Add(ref q, 2), Unsafe.Add(ref q, 3), Unsafe.Add(ref q, 4), Unsafe.Add(ref q, 5));
            for (var r = 0; r < distances.Length; r++)
            {
                ref var c = ref Unsafe.Add(ref start, r * 6);
                distances[r] = BitOperations.PopCount(q0 ^ c) + BitOperations.PopCount(q1 ^ Unsafe.Add(ref c, 1))
                    + BitOperations.PopCount(q2 ^ Unsafe.Add(ref c, 2)) + BitOperations.PopCount(q3 ^ Unsafe.Add(ref c, 3))
                    + BitOperations.PopCount(q4 ^ Unsafe.Add(ref c, 4)) + BitOperations.PopCount(q5 ^ Unsafe.Add(ref c, 5));
            }

            return;
        }

        for (var r = 0; r < distances.Length; r++)
        {
            ref var c = ref Unsafe.Add(ref start, r * words);
            var distance = 0;
            for (var w = 0; w < words; w++)
            {
                distance += BitOperations.PopCount(Unsafe.Add(ref q, w) ^ Unsafe.Add(ref c, w));
            }

            distances[r] = distance;
        }
    }
}

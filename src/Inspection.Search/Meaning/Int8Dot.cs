using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Inspection.Search.Meaning;

/// <summary>
/// Exact integer dot products of one-byte vectors, a block of rows at a time: the inner loop of meaning search's scan.
/// Every path gives the same integers (no rounding), so the fastest the processor has is used.
/// </summary>
internal static class Int8Dot
{
    /// <summary>The dot product of the query with each of <paramref name="dots"/>.Length rows of <paramref name="rows"/>.</summary>
    public static void DotRows(ReadOnlySpan<sbyte> query, ReadOnlySpan<sbyte> rows, Span<int> dots)
    {
        var dimensions = query.Length;
        if (rows.Length < dots.Length * dimensions)
        {
            throw new ArgumentException("fewer rows than dots asked for", nameof(rows));
        }

        if (AvxVnni.IsSupported && dimensions % Vector256<sbyte>.Count == 0)
        {
            DotRowsVnni(query, rows, dots);
        }
        else if (Avx2.IsSupported && dimensions % Vector128<sbyte>.Count == 0)
        {
            DotRowsAvx2(query, rows, dots);
        }
        else
        {
            for (var r = 0; r < dots.Length; r++)
            {
                dots[r] = Dot(query, rows.Slice(r * dimensions, dimensions));
            }
        }
    }

    /// <summary>The dot product of two vectors of the same length, on any processor.</summary>
    // Products of two sbytes fit a short (127 * 127 < 32767), so widening once before multiplying is exact.
    public static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var i = 0;
        var sum = Vector<int>.Zero;
        for (; i <= a.Length - Vector<sbyte>.Count; i += Vector<sbyte>.Count)
        {
            Vector.Widen(new Vector<sbyte>(a[i..]), out var aLow, out var aHigh);
            Vector.Widen(new Vector<sbyte>(b[i..]), out var bLow, out var bHigh);
            Vector.Widen(aLow * bLow, out var p1, out var p2);
            Vector.Widen(aHigh * bHigh, out var p3, out var p4);
            sum += p1 + p2 + p3 + p4;
        }

        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }

    // VNNI multiplies unsigned bytes by signed ones, four at a time into each int. The row's bytes are made unsigned by
    // flipping the sign bit (x + 128), so each dot is too large by 128 times the sum of the query's bytes, taken off once.
    private static void DotRowsVnni(ReadOnlySpan<sbyte> query, ReadOnlySpan<sbyte> rows, Span<int> dots)
    {
        var dimensions = query.Length;
        var correction = 0;
        foreach (var q in query)
        {
            correction += q * 128;
        }

        var flip = Vector256.Create((byte)0x80);
        ref var queryStart = ref MemoryMarshal.GetReference(query);
        ref var rowStart = ref Unsafe.As<sbyte, byte>(ref MemoryMarshal.GetReference(rows));
        for (var r = 0; r < dots.Length; r++)
        {
            ref var row = ref Unsafe.Add(ref rowStart, r * dimensions);
            var even = Vector256<int>.Zero;
            var odd = Vector256<int>.Zero;
            var j = 0;
            for (; j <= dimensions - (2 * Vector256<sbyte>.Count); j += 2 * Vector256<sbyte>.Count)
            {
                even = AvxVnni.MultiplyWideningAndAdd(even, Vector256.LoadUnsafe(ref row, (nuint)j) ^ flip, Vector256.LoadUnsafe(ref queryStart, (nuint)j));
                odd = AvxVnni.MultiplyWideningAndAdd(odd, Vector256.LoadUnsafe(ref row, (nuint)(j + Vector256<sbyte>.Count)) ^ flip, Vector256.LoadUnsafe(ref queryStart, (nuint)(j + Vector256<sbyte>.Count)));
            }

            if (j < dimensions)
            {
                even = AvxVnni.MultiplyWideningAndAdd(even, Vector256.LoadUnsafe(ref row, (nuint)j) ^ flip, Vector256.LoadUnsafe(ref queryStart, (nuint)j));
            }

            dots[r] = Vector256.Sum(even + odd) - correction;
        }
    }

    // Without VNNI: sixteen bytes of the row widened to shorts, multiplied by the query's (widened once) and summed in pairs.
    private static void DotRowsAvx2(ReadOnlySpan<sbyte> query, ReadOnlySpan<sbyte> rows, Span<int> dots)
    {
        var dimensions = query.Length;
        Span<short> wide = dimensions <= 1024 ? stackalloc short[dimensions] : new short[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            wide[i] = query[i];
        }

        ref var queryStart = ref MemoryMarshal.GetReference(wide);
        ref var rowStart = ref MemoryMarshal.GetReference(rows);
        for (var r = 0; r < dots.Length; r++)
        {
            ref var row = ref Unsafe.Add(ref rowStart, r * dimensions);
            var sum = Vector256<int>.Zero;
            for (var j = 0; j < dimensions; j += Vector128<sbyte>.Count)
            {
                var x = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref row, (nuint)j));
                sum += Avx2.MultiplyAddAdjacent(x, Vector256.LoadUnsafe(ref queryStart, (nuint)j));
            }

            dots[r] = Vector256.Sum(sum);
        }
    }
}

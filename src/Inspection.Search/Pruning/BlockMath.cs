using System.Numerics;

namespace Inspection.Search.Pruning;

/// <summary>The element-wise sums and maxima of bound arrays, a vector at a time: a million passages make 62,500 blocks per clause.</summary>
internal static class BlockMath
{
    public static void Add(Span<float> target, ReadOnlySpan<float> values)
    {
        var i = 0;
        for (; i <= target.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            (new Vector<float>(target[i..]) + new Vector<float>(values[i..])).CopyTo(target[i..]);
        }

        for (; i < target.Length; i++)
        {
            target[i] += values[i];
        }
    }

    /// <summary>Raises <paramref name="maxima"/> to <paramref name="values"/> where lower, and adds the values into <paramref name="sums"/>.</summary>
    public static void MaxAndAdd(Span<float> maxima, Span<float> sums, ReadOnlySpan<float> values)
    {
        var i = 0;
        for (; i <= maxima.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            var value = new Vector<float>(values[i..]);
            Vector.Max(new Vector<float>(maxima[i..]), value).CopyTo(maxima[i..]);
            (new Vector<float>(sums[i..]) + value).CopyTo(sums[i..]);
        }

        for (; i < maxima.Length; i++)
        {
            maxima[i] = Math.Max(maxima[i], values[i]);
            sums[i] += values[i];
        }
    }

    /// <summary>target = (1 - t) target + t sums.</summary>
    public static void Blend(Span<float> target, ReadOnlySpan<float> sums, float share)
    {
        var keep = new Vector<float>(1 - share);
        var take = new Vector<float>(share);
        var i = 0;
        for (; i <= target.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            ((new Vector<float>(target[i..]) * keep) + (new Vector<float>(sums[i..]) * take)).CopyTo(target[i..]);
        }

        for (; i < target.Length; i++)
        {
            target[i] = ((1 - share) * target[i]) + (share * sums[i]);
        }
    }

    /// <summary>target[i] = bytes[i] * scale.</summary>
    public static void Scale(ReadOnlySpan<byte> bytes, float scale, Span<float> target)
    {
        var factor = new Vector<float>(scale);
        var i = 0;
        for (; i <= target.Length - Vector<byte>.Count; i += Vector<byte>.Count)
        {
            Vector.Widen(new Vector<byte>(bytes[i..]), out var low, out var high);
            Vector.Widen(low, out var a, out var b);
            Vector.Widen(high, out var c, out var d);
            var width = Vector<float>.Count;
            (Vector.ConvertToSingle(Vector.AsVectorInt32(a)) * factor).CopyTo(target[i..]);
            (Vector.ConvertToSingle(Vector.AsVectorInt32(b)) * factor).CopyTo(target[(i + width)..]);
            (Vector.ConvertToSingle(Vector.AsVectorInt32(c)) * factor).CopyTo(target[(i + (2 * width))..]);
            (Vector.ConvertToSingle(Vector.AsVectorInt32(d)) * factor).CopyTo(target[(i + (3 * width))..]);
        }

        for (; i < target.Length; i++)
        {
            target[i] = bytes[i] * scale;
        }
    }
}

using Inspection.Search.Pruning;

namespace Inspection.Search.Tests.Pruning;

/// <summary>The vector loops must give what the plain arithmetic gives, at every length (tails shorter than a vector too).</summary>
public sealed class BlockMathTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(1001)]
    public void VectorLoopsMatchPlainArithmetic(int length)
    {
        var random = new Random(length);
        var bytes = new byte[length];
        random.NextBytes(bytes);
        var values = Enumerable.Range(0, length).Select(_ => (float)random.NextDouble() * 10).ToArray();
        var start = Enumerable.Range(0, length).Select(_ => (float)random.NextDouble() * 10).ToArray();

        var scaled = new float[length];
        BlockMath.Scale(bytes, 0.37f, scaled);
        var added = (float[])start.Clone();
        BlockMath.Add(added, values);
        var maxima = (float[])start.Clone();
        var sums = (float[])start.Clone();
        BlockMath.MaxAndAdd(maxima, sums, values);
        var blended = (float[])maxima.Clone();
        BlockMath.Blend(blended, sums, 0.1f);

        for (var i = 0; i < length; i++)
        {
            Assert.Equal(bytes[i] * 0.37f, scaled[i], 5);
            Assert.Equal(start[i] + values[i], added[i], 5);
            Assert.Equal(Math.Max(start[i], values[i]), maxima[i], 5);
            Assert.Equal(start[i] + values[i], sums[i], 5);
            Assert.Equal((0.9f * maxima[i]) + (0.1f * sums[i]), blended[i], 4);
        }
    }
}

using Inspection.Search.Meaning;

namespace Inspection.Search.Tests.Meaning;

public sealed class Int8DotTests
{
    [Theory]
    [InlineData(384)] // whole 32-byte steps: VNNI where the processor has it
    [InlineData(48)] // 16-byte steps only: the AVX2 path
    [InlineData(7)] // neither: one value at a time
    public void EveryPathGivesTheSameIntegersAsMultiplyingOneByOne(int dimensions)
    {
        var random = new Random(dimensions);
        var query = Bytes(random, dimensions);
        var rows = Bytes(random, dimensions * 300);
        // The extremes the quantiser can write, where a widening or sign slip would show.
        rows.AsSpan(0, dimensions).Fill(-127);
        rows.AsSpan(dimensions, dimensions).Fill(127);
        query[0] = -127;
        var dots = new int[300];

        Int8Dot.DotRows(query, rows, dots);

        for (var r = 0; r < dots.Length; r++)
        {
            var expected = 0;
            for (var i = 0; i < dimensions; i++)
            {
                expected += query[i] * rows[(r * dimensions) + i];
            }

            Assert.Equal(expected, dots[r]);
        }
    }

    private static sbyte[] Bytes(Random random, int count) => [.. Enumerable.Range(0, count).Select(_ => (sbyte)random.Next(-127, 128))];
}

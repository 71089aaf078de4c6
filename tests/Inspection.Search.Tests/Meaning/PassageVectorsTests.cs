using Inspection.Search.Meaning;
using Inspection.Search.Tests.Corpus;

namespace Inspection.Search.Tests.Meaning;

public sealed class PassageVectorsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void VectorsSurviveReopeningAndTheNearestComeFirst()
    {
        var random = new Random(7);
        float[] Unit()
        {
            var v = Enumerable.Range(0, 384).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
            var norm = MathF.Sqrt(v.Sum(x => x * x));
            return [.. v.Select(x => x / norm)];
        }

        var vectors = Enumerable.Range(0, 200).Select(i => ($"p{i}", Unit())).ToList();
        using (var store = new PassageVectors(_folder.Path, "test-model", 384))
        {
            store.Add(vectors);
        }

        using var reopened = new PassageVectors(_folder.Path, "test-model", 384);
        var nearest = reopened.Nearest(vectors[42].Item2, 3);

        Assert.Equal(200, reopened.Count);
        Assert.Equal("p42", nearest[0].PassageId);
        Assert.InRange(nearest[0].Similarity, 0.98f, 1.02f);
        Assert.True(nearest[1].Similarity < 0.5f);
        Assert.Equal("p43", reopened.Nearest(vectors[43].Item2, 1, id => id != "p42")[0].PassageId);
    }

    [Fact]
    public void AnotherModelsVectorsAreDroppedAndGoneOnesAreCompacted()
    {
        using (var store = new PassageVectors(_folder.Path, "model-a", 384))
        {
            store.Add([("a", Enumerable.Repeat(0.05f, 384).ToArray()), ("b", Enumerable.Repeat(-0.05f, 384).ToArray())]);
            Assert.Equal(1, store.Keep(new HashSet<string> { "a" }));
            Assert.Equal(1, store.Count);
        }

        using var other = new PassageVectors(_folder.Path, "model-b", 384);
        Assert.Equal(0, other.Count);
    }

    [Fact]
    public void APassageIsAsNearAsItsNearestVectorAndEmbeddingItAgainReplacesThemAll()
    {
        var random = new Random(11);
        float[] Unit()
        {
            var v = Enumerable.Range(0, 384).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
            var norm = MathF.Sqrt(v.Sum(x => x * x));
            return [.. v.Select(x => x / norm)];
        }

        var (whole, window, other, replacement) = (Unit(), Unit(), Unit(), Unit());
        using (var store = new PassageVectors(_folder.Path, "test-model", 384))
        {
            store.AddPassages([("long", [whole, window]), ("short", [other])]);
            Assert.Equal(2, store.Count);
            Assert.Equal(3, store.VectorCount);
        }

        using (var reopened = new PassageVectors(_folder.Path, "test-model", 384))
        {
            var nearest = reopened.Nearest(window, 2);
            Assert.Equal("long", nearest[0].PassageId);
            Assert.InRange(nearest[0].Similarity, 0.98f, 1.02f);
            Assert.Equal(2, nearest.Count);

            reopened.AddPassages([("long", [replacement])]);
            Assert.Equal(2, reopened.Count);
            Assert.True(reopened.Nearest(window, 1)[0].Similarity < 0.5f);
            Assert.Equal("long", reopened.Nearest(replacement, 1)[0].PassageId);

            // Two of four vectors are orphaned: the file is compacted to the live ones.
            reopened.Keep(new HashSet<string> { "long", "short" });
            Assert.Equal(2, reopened.VectorCount);
        }

        using var read = new PassageVectors(_folder.Path, "test-model", 384);
        Assert.Equal(2, read.VectorCount);
        Assert.Equal("short", read.Nearest(other, 1)[0].PassageId);
        Assert.Equal("long", read.Nearest(replacement, 1)[0].PassageId);
    }

    public void Dispose() => _folder.Dispose();
}

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

    [Fact]
    public void TheScanFindsExactlyWhatComparingEveryVectorOneByOneFinds()
    {
        // Enough vectors for several chunks and threads, passages straddling them, and some embedded twice (their first
        // vectors orphaned in the middle of the store).
        const int dimensions = 64;
        var random = new Random(5);
        float[] Unit()
        {
            var v = Enumerable.Range(0, dimensions).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
            var norm = MathF.Sqrt(v.Sum(x => x * x));
            return [.. v.Select(x => x / norm)];
        }

        var passages = Enumerable.Range(0, 20_000).Select(i => ($"p{i}", (IReadOnlyList<float[]>)[.. Enumerable.Range(0, 1 + (i % 13)).Select(_ => Unit())])).ToList();
        var again = Enumerable.Range(0, 300).Select(i => ($"p{i * 61}", (IReadOnlyList<float[]>)[Unit(), Unit()])).ToList();
        var current = passages.ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        foreach (var (id, vectors) in again)
        {
            current[id] = vectors;
        }

        using var store = new PassageVectors(_folder.Path, "test-model", dimensions);
        store.AddPassages(passages);
        store.AddPassages(again);
        Assert.True(store.VectorCount > 2 * 65_536);

        foreach (var query in Enumerable.Range(0, 5).Select(_ => Unit()))
        {
            var (q, queryScale) = Quantise(query);
            var expected = passages.Select((p, order) => (Id: p.Item1, Order: order, Similarity: current[p.Item1].Max(v =>
            {
                var (x, scale) = Quantise(v);
                var dot = 0;
                for (var i = 0; i < dimensions; i++)
                {
                    dot += q[i] * x[i];
                }

                return dot * queryScale * scale;
            })))
                .OrderByDescending(p => p.Similarity).ThenBy(p => p.Order).Take(40).Select(p => (p.Id, p.Similarity)).ToList();

            Assert.Equal(expected, store.Nearest(query, 40));
            store.ScanThreads = 1;
            Assert.Equal(expected, store.Nearest(query, 40));
            store.ScanThreads = Environment.ProcessorCount;
        }
    }

    [Fact]
    public void AShortlistBySignCodesScoresEachPassageExactlyAndFindsThePassageAQueryCameFrom()
    {
        // Several chunks and threads (passages straddle them), some passages embedded twice.
        const int dimensions = 64;
        var random = new Random(9);
        float[] Unit()
        {
            var v = Enumerable.Range(0, dimensions).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
            var norm = MathF.Sqrt(v.Sum(x => x * x));
            return [.. v.Select(x => x / norm)];
        }

        var passages = Enumerable.Range(0, 20_000).Select(i => ($"p{i}", (IReadOnlyList<float[]>)[.. Enumerable.Range(0, 1 + (i % 13)).Select(_ => Unit())])).ToList();
        using var store = new PassageVectors(_folder.Path, "test-model", dimensions, shortlist: 500);
        store.AddPassages(passages);
        store.AddPassages([.. Enumerable.Range(0, 300).Select(i => ($"p{i * 61}", (IReadOnlyList<float[]>)[Unit(), Unit()]))]);
        Assert.True(store.VectorCount > 2 * 65_536);
        Assert.Equal(store.VectorCount * sizeof(ulong), store.CodeBytes);

        foreach (var (id, vectors) in passages.Where((_, i) => i % 4_001 == 7))
        {
            // A query near one of a passage's vectors (not its first): that passage comes first.
            var query = vectors[^1].Select(v => v + ((float)(random.NextDouble() - 0.5) * 0.02f)).ToArray();
            foreach (var threads in (int[])[1, Environment.ProcessorCount])
            {
                store.ScanThreads = threads;
                var found = store.Nearest(query, 40);
                Assert.Equal(40, found.Count);
                Assert.Equal(id, found[0].PassageId);
                // Every similarity is the exact one, over all the passage's vectors, and best first.
                Assert.Equal(store.SimilarityOf(query, found.Select(f => f.PassageId)), found);
                Assert.Equal(id, store.Nearest(query, 5, p => p != "p0")[0].PassageId);
                Assert.DoesNotContain(store.Nearest(query, 40, p => p != id), f => f.PassageId == id);
            }
        }

        store.ScanThreads = Environment.ProcessorCount;
    }

    [Fact]
    public void EquallyNearPassagesKeepTheOrderTheyWereGivenIn()
    {
        var random = new Random(11);
        var shared = Enumerable.Range(0, 384).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var norm = MathF.Sqrt(shared.Sum(x => x * x));
        shared = [.. shared.Select(x => x / norm)];
        var other = shared.Select((x, i) => i % 2 == 0 ? -x : x).ToArray();
        using var store = new PassageVectors(_folder.Path, "test-model", 384);
        store.Add([("zeta", shared), ("alpha", shared), ("middle", shared), ("far", other)]);

        Assert.Equal(["zeta", "alpha", "middle", "far"], store.SimilarityOf(shared, ["zeta", "alpha", "far", "middle"]).Select(f => f.PassageId));
        Assert.Equal(["middle", "alpha", "zeta", "far"], store.SimilarityOf(shared, ["far", "middle", "alpha", "zeta"]).Select(f => f.PassageId));
    }

    [Fact]
    public void VectorsAddedAfterARecordCutShortByACrashAreReadBackWhole()
    {
        var random = new Random(11);
        float[] Unit()
        {
            var v = Enumerable.Range(0, 384).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
            var norm = MathF.Sqrt(v.Sum(x => x * x));
            return [.. v.Select(x => x / norm)];
        }

        var first = Enumerable.Range(0, 10).Select(i => ($"p{i}", Unit())).ToList();
        var later = Enumerable.Range(10, 10).Select(i => ($"p{i}", Unit())).ToList();
        using (var store = new PassageVectors(_folder.Path, "test-model", 384))
        {
            store.Add(first);
        }

        // A process killed while appending leaves the last record without its end.
        var file = Path.Combine(_folder.Path, "vectors.bin");
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write))
        {
            stream.SetLength(stream.Length - 100);
        }

        using (var restarted = new PassageVectors(_folder.Path, "test-model", 384))
        {
            Assert.Equal(9, restarted.Count);
            restarted.Add(later);
        }

        using var reopened = new PassageVectors(_folder.Path, "test-model", 384);
        Assert.Equal(19, reopened.Count);
        Assert.False(reopened.Contains("p9"));
        foreach (var (id, vector) in later)
        {
            Assert.Equal(id, reopened.Nearest(vector, 1)[0].PassageId);
        }
    }

    [Fact]
    public void ReadBesideItsOwnerTheFileIsReadWholeRecordsOnlyAndNeverWritten()
    {
        var random = new Random(5);
        float[] Unit()
        {
            var v = Enumerable.Range(0, 384).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
            var norm = MathF.Sqrt(v.Sum(x => x * x));
            return [.. v.Select(x => x / norm)];
        }

        var vectors = Enumerable.Range(0, 10).Select(i => ($"p{i}", Unit())).ToList();
        using (var owner = new PassageVectors(_folder.Path, "test-model", 384))
        {
            owner.Add(vectors);
        }

        // The owner is half-way through appending its next record.
        var file = Path.Combine(_folder.Path, "vectors.bin");
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write))
        {
            stream.SetLength(stream.Length - 100);
        }

        var bytes = File.ReadAllBytes(file);
        using (var reader = new PassageVectors(_folder.Path, "test-model", 384, readOnly: true))
        {
            Assert.True(reader.IsReadOnly);
            Assert.Equal(9, reader.Count);
            Assert.Equal("p3", reader.Nearest(vectors[3].Item2, 1)[0].PassageId);
            Assert.Throws<InvalidOperationException>(() => reader.Add([("p10", Unit())]));
            Assert.Throws<InvalidOperationException>(() => reader.Keep(new HashSet<string>(StringComparer.Ordinal)));
        }

        // Another model's reader sees none, and drops nothing.
        using (var other = new PassageVectors(_folder.Path, "other-model", 384, readOnly: true))
        {
            Assert.Equal(0, other.Count);
        }

        Assert.Equal(bytes, File.ReadAllBytes(file));
        Assert.Contains("test-model", File.ReadAllText(Path.Combine(_folder.Path, "model.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAShortlistNoSignCodesAreKept()
    {
        using var store = new PassageVectors(_folder.Path, "test-model", 384);
        store.Add([("a", Enumerable.Repeat(0.05f, 384).ToArray())]);
        Assert.Equal(0, store.CodeBytes);
        Assert.Equal(384 + 8, store.MemoryBytes);
    }

    public void Dispose() => _folder.Dispose();

    // One byte a value, the largest 127: as the store keeps vectors.
    private static (sbyte[] Bytes, float Scale) Quantise(float[] vector)
    {
        var largest = vector.Max(MathF.Abs);
        var scale = largest == 0 ? 1f : largest / 127f;
        return ([.. vector.Select(v => (sbyte)Math.Clamp(MathF.Round(v / scale), -127, 127))], scale);
    }
}

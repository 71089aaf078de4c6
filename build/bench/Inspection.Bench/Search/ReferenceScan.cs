using System.Text;
using Inspection.Search.Meaning;

namespace Inspection.Bench.Search;

/// <summary>
/// The flat scan as it was before the SIMD blocks (every passage in turn, each row's dot product one at a time with
/// <c>System.Numerics.Vector</c>, a heap of the best), over its own copy of <c>vectors.bin</c> read here: the oracle the product's scan must equal exactly, and
/// approximate searches are scored against (recall@k).
/// </summary>
internal sealed class ReferenceScan
{
    private readonly int _dimensions;
    private readonly List<(string Id, List<(sbyte[] Bytes, float Scale)> Rows)> _passages = [];

    /// <summary>Reads the vectors file, stopping after the passage that takes it past <paramref name="maxRows"/> vectors.</summary>
    public ReferenceScan(string vectorsFolder, int dimensions, int maxRows = int.MaxValue)
    {
        _dimensions = dimensions;
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = new BinaryReader(File.OpenRead(Path.Combine(vectorsFolder, "vectors.bin")), Encoding.UTF8);
        var length = reader.BaseStream.Length;
        var read = 0;
        while (reader.BaseStream.Position < length && read < maxRows)
        {
            var id = reader.ReadString();
            var count = reader.Read7BitEncodedInt();
            var rows = new List<(sbyte[], float)>(count);
            for (var i = 0; i < count; i++)
            {
                var scale = reader.ReadSingle();
                rows.Add(((sbyte[])(Array)reader.ReadBytes(dimensions), scale));
            }

            read += count;
            if (byId.TryGetValue(id, out var at))
            {
                _passages[at] = (id, rows);
            }
            else
            {
                byId[id] = _passages.Count;
                _passages.Add((id, rows));
            }
        }
    }

    public int Rows => _passages.Sum(p => p.Rows.Count);

    public IReadOnlyList<(sbyte[] Bytes, float Scale, int Passage)> AllRows() =>
        [.. _passages.SelectMany((p, i) => p.Rows.Select(r => (r.Bytes, r.Scale, i)))];

    public string PassageId(int passage) => _passages[passage].Id;

    public IReadOnlyList<(string PassageId, float Similarity)> Nearest(float[] query, int count)
    {
        var (q, queryScale) = Quantise(query);
        var best = new PriorityQueue<int, float>();
        for (var p = 0; p < _passages.Count; p++)
        {
            var similarity = float.NegativeInfinity;
            foreach (var (bytes, scale) in _passages[p].Rows)
            {
                similarity = Math.Max(similarity, Int8Dot.Dot(q, bytes) * queryScale * scale);
            }

            if (best.Count < count)
            {
                best.Enqueue(p, similarity);
            }
            else if (best.TryPeek(out _, out var weakest) && similarity > weakest)
            {
                best.EnqueueDequeue(p, similarity);
            }
        }

        var found = new List<(string, float)>(best.Count);
        while (best.TryDequeue(out var p, out var similarity))
        {
            found.Add((_passages[p].Id, similarity));
        }

        found.Reverse();
        return found;
    }

    public (sbyte[] Bytes, float Scale) Quantise(float[] vector)
    {
        var largest = vector.Max(MathF.Abs);
        var scale = largest == 0 ? 1f : largest / 127f;
        var bytes = new sbyte[_dimensions];
        for (var i = 0; i < vector.Length; i++)
        {
            bytes[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] / scale), -127, 127);
        }

        return (bytes, scale);
    }
}

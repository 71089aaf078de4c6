using System.Diagnostics;
using Inspection.Search.Meaning;

namespace Inspection.Bench.Search;

/// <summary>
/// For latency only: the first <c>real</c> passages are embedded by the model itself (timed); every later passage gets
/// the vector of one of those (picked by a hash of its text) with Gaussian noise added (about 0.9 cosine to it) and made
/// unit length again, so the vectors cluster as real ones do without hours of embedding. Reports the model's name, so
/// the product searches these vectors with the real model's query vectors.
/// </summary>
internal sealed class DerivedEmbedder(IPassageEmbedder model, int real) : IPassageEmbedder
{
    private const float NoiseNorm = 0.5f;
    private readonly List<float[]> _pool = [];

    public string Model => model.Model;

    public int Dimensions => model.Dimensions;

    public TimeSpan RealTime { get; private set; }

    public int RealCount => _pool.Count;

    public IReadOnlyList<float[]> EmbedPassages(IReadOnlyList<string> passages, CancellationToken cancellationToken)
    {
        if (_pool.Count < real)
        {
            var clock = Stopwatch.StartNew();
            var vectors = model.EmbedPassages(passages, cancellationToken);
            RealTime += clock.Elapsed;
            _pool.AddRange(vectors);
            return vectors;
        }

        return [.. passages.Select(Derive)];
    }

    public float[] EmbedQuery(string query, CancellationToken cancellationToken) => model.EmbedQuery(query, cancellationToken);

    private float[] Derive(string text)
    {
        // FNV-1a: a hash that is the same in every process (string.GetHashCode is not).
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        var random = new Random((int)hash);
        var basis = _pool[(int)(hash % (uint)_pool.Count)];
        var vector = new float[basis.Length];
        var scale = NoiseNorm / MathF.Sqrt(basis.Length);
        for (var i = 0; i < vector.Length; i++)
        {
            // Box-Muller: a standard normal from two uniforms.
            var gaussian = MathF.Sqrt(-2f * MathF.Log(1f - random.NextSingle())) * MathF.Cos(2f * MathF.PI * random.NextSingle());
            vector[i] = basis[i] + (scale * gaussian);
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] /= norm;
        }

        return vector;
    }
}
